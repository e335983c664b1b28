package dev.aside.engine.function;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.aside.engine.FunctionCompileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Refuses deployed code that would take the whole server down or step outside it: stopping the JVM
 * ({@code System.exit}, {@code Runtime.exit}, {@code Runtime.halt}) or starting processes
 * ({@code Runtime.exec}, {@code ProcessBuilder}). It listens to javac and, once a source is
 * analysed, finds every call, constructor and method reference whose resolved target is one of
 * these, reporting each at its line like a compile error.
 *
 * <p>How far this goes: it sees what the source names directly, through any expression
 * ({@code Runtime.getRuntime().exec(...)}, {@code System::exit}, a subclass's inherited call). It
 * cannot see what is decided at run time: reflection ({@code Method.invoke}), method handles,
 * {@code ServiceLoader}, or such calls made inside a library on the class path. It is a guard
 * against mistakes and casual misuse, not a sandbox; running code still needs the access token.
 * Plugin jars get the same rule from their class files ({@link PluginJarScan}).
 */
final class ForbiddenCalls implements TaskListener {

    /** Forbidden members by declaring class; {@code <init>} is the constructor. */
    private static final Map<String, Set<String>> FORBIDDEN = Map.of(
            "java.lang.System", Set.of("exit"),
            "java.lang.Runtime", Set.of("exit", "halt", "exec"),
            "java.lang.ProcessBuilder", Set.of("<init>", "start", "startPipeline"));

    private final Trees trees;
    private final List<FunctionCompileException.Diagnostic> found = new ArrayList<>();

    ForbiddenCalls(Trees trees) {
        this.trees = trees;
    }

    /** True when {@code member} of {@code type} (a binary name; {@code <init>} for constructors) is forbidden. */
    static boolean isForbidden(String type, String member) {
        return FORBIDDEN.getOrDefault(type, Set.of()).contains(member);
    }

    /** What was found in the sources analysed so far, in source order. */
    List<FunctionCompileException.Diagnostic> found() {
        return List.copyOf(found);
    }

    @Override
    public void finished(TaskEvent event) {
        if (event.getKind() == TaskEvent.Kind.ANALYZE) { // once per top-level class, so scan just that class
            new Scanner(event.getCompilationUnit()).scan(trees.getPath(event.getTypeElement()), null);
        }
    }

    private final class Scanner extends TreePathScanner<Void, Void> {

        private final CompilationUnitTree unit;

        Scanner(CompilationUnitTree unit) {
            this.unit = unit;
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            check(node);
            return super.visitMethodInvocation(node, unused);
        }

        @Override
        public Void visitNewClass(NewClassTree node, Void unused) {
            check(node);
            return super.visitNewClass(node, unused);
        }

        @Override
        public Void visitMemberReference(MemberReferenceTree node, Void unused) {
            check(node);
            return super.visitMemberReference(node, unused);
        }

        private void check(Tree node) {
            Element target = trees.getElement(getCurrentPath());
            if (target == null || !(target.getEnclosingElement() instanceof TypeElement owner)) {
                return;
            }
            String type = owner.getQualifiedName().toString();
            String member = target.getKind() == ElementKind.CONSTRUCTOR ? "<init>" : target.getSimpleName().toString();
            if (!isForbidden(type, member)) {
                return;
            }
            long position = trees.getSourcePositions().getStartPosition(unit, node);
            String what = member.equals("<init>") ? "new " + owner.getSimpleName() : owner.getSimpleName() + "." + member;
            found.add(new FunctionCompileException.Diagnostic(unit.getLineMap().getLineNumber(position),
                    unit.getLineMap().getColumnNumber(position), what + " is not allowed in a function: it would "
                    + (type.equals("java.lang.ProcessBuilder") || member.equals("exec")
                            ? "start a process outside the server." : "stop the whole server.")));
        }
    }
}
