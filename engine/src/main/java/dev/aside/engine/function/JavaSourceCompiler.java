package dev.aside.engine.function;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import dev.aside.engine.FunctionCompileException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one user function's source in memory with the platform compiler ({@code jdk.compiler});
 * nothing is written to disk. The source may declare any public class name: the file's name is the
 * function's name, so the compiler is told every name is compatible with it. Code that would stop the
 * server or start processes is refused like a compile error (see {@link ForbiddenCalls}).
 */
final class JavaSourceCompiler {

    private final String classPath = CompilerClassPath.discover();

    /** Class bytes by binary name; a {@link FunctionCompileException} with positions on errors. */
    Map<String, byte[]> compile(String function, String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new FunctionCompileException("Function '" + function + "' cannot be compiled: this runtime "
                    + "has no Java compiler. Run Aside on a JDK, or include the jdk.compiler and jdk.zipfs modules.");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new ConcurrentHashMap<>();
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
                JavaFileManager files = new InMemoryOutput(standard, classes)) {
            List<String> options = List.of("-classpath", classPath, "-proc:none", "-g", "-Xlint:none");
            JavacTask task = (JavacTask) compiler.getTask(null, files, diagnostics, options, null,
                    List.of(new SourceText(function, source)));
            ForbiddenCalls forbidden = new ForbiddenCalls(Trees.instance(task));
            task.addTaskListener(forbidden);
            if (!task.call()) {
                throw new FunctionCompileException(function, errors(diagnostics));
            }
            if (!forbidden.found().isEmpty()) {
                throw new FunctionCompileException(function, forbidden.found());
            }
        } catch (java.io.IOException e) {
            throw new FunctionCompileException("Function '" + function + "' could not be compiled: " + e.getMessage(), e);
        }
        Map<String, byte[]> bytes = new ConcurrentHashMap<>();
        classes.forEach((name, out) -> bytes.put(name, out.toByteArray()));
        return bytes;
    }

    private static List<FunctionCompileException.Diagnostic> errors(DiagnosticCollector<JavaFileObject> collected) {
        List<FunctionCompileException.Diagnostic> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : collected.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(new FunctionCompileException.Diagnostic(Math.max(0, d.getLineNumber()),
                        Math.max(0, d.getColumnNumber()), d.getMessage(Locale.ROOT)));
            }
        }
        return errors;
    }

    /** The submitted text, compatible with whatever public class name it declares. */
    private static final class SourceText extends SimpleJavaFileObject {
        private final String text;

        SourceText(String function, String text) {
            super(URI.create("string:///" + function + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        @Override
        public boolean isNameCompatible(String simpleName, Kind kind) {
            return kind == Kind.SOURCE;
        }
    }

    /** Collects class files in memory instead of writing them next to the source. */
    private static final class InMemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> classes;

        InMemoryOutput(StandardJavaFileManager standard, Map<String, ByteArrayOutputStream> classes) {
            super(standard);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return classes.computeIfAbsent(className, name -> new ByteArrayOutputStream());
                }
            };
        }
    }
}
