package dev.aside.engine.function;

import dev.aside.engine.FunctionCompileException;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Applies {@link ForbiddenCalls}' rule to a plugin jar's class files before any of its code runs: a
 * class whose constant pool refers to a forbidden method or constructor (a call or a method
 * reference) refuses the jar. Class files carry no source, so the error names the class, not a line.
 * Like the source check it cannot see reflection or method handles looked up by name.
 */
final class PluginJarScan {

    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int METHOD_REF = 10;
    private static final int INTERFACE_METHOD_REF = 11;
    private static final int NAME_AND_TYPE = 12;

    private PluginJarScan() {}

    /** @throws FunctionCompileException naming each class and what it calls, when any is forbidden */
    static void requireAllowed(Path jar) {
        Set<String> found = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".class")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        String className = entry.getName().replace('/', '.').replaceFirst("\\.class$", "");
                        for (String member : methodRefs(in.readAllBytes())) {
                            if (ForbiddenCalls.isForbidden(member.substring(0, member.lastIndexOf('.')),
                                    member.substring(member.lastIndexOf('.') + 1))) {
                                found.add(className + " calls " + member.replace("java.lang.", "").replace(".<init>", " (new)"));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new FunctionCompileException("Plugin " + jar.getFileName() + " could not be read: " + e.getMessage(), e);
        }
        if (!found.isEmpty()) {
            throw new FunctionCompileException("Plugin " + jar.getFileName() + " is not loaded: "
                    + String.join("; ", found) + ", which would stop the server or start a process.");
        }
    }

    /** Every method a class file refers to, as {@code java.lang.System.exit}. */
    static List<String> methodRefs(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.readInt(); // magic
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] first = new int[count];
        int[] second = new int[count];
        int[] tag = new int[count];
        for (int i = 1; i < count; i++) {
            tag[i] = in.readUnsignedByte();
            switch (tag[i]) {
                case UTF8 -> utf8[i] = in.readUTF();
                case CLASS, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort(); // class, string, method type, module, package
                case 15 -> { // method handle: kind, reference
                    in.readUnsignedByte();
                    first[i] = in.readUnsignedShort();
                }
                case 3, 4 -> in.readInt(); // integer, float
                case 5, 6 -> { // long, double take two slots
                    in.readLong();
                    i++;
                }
                case 9, METHOD_REF, INTERFACE_METHOD_REF, NAME_AND_TYPE, 17, 18 -> {
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag[i]);
            }
        }
        List<String> refs = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (tag[i] == METHOD_REF || tag[i] == INTERFACE_METHOD_REF) {
                String owner = utf8[first[first[i]]].replace('/', '.');
                String name = utf8[first[second[i]]];
                refs.add(owner + "." + name);
            }
        }
        return refs;
    }
}
