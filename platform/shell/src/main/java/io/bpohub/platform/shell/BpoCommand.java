package io.bpohub.platform.shell;

import io.bpohub.platform.services.AuthService;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.PlatformException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.ShellUtil;
import org.apache.karaf.shell.support.ansi.SimpleAnsi;

/**
 * Base of every {@code bpo:*} command: resolves the operator behind the Karaf session into a
 * {@link Caller} and turns a {@link PlatformException} into one readable error line.
 */
public abstract class BpoCommand implements Action {
    /** Used when neither the JAAS subject nor the session names a user (should not happen in Karaf). */
    static final String DEFAULT_SHELL_USER = "karaf";

    @Reference
    AuthService authService;

    @Reference
    Session session;

    /** Where the command prints; {@code null} means {@link System#out}, which Karaf redirects per session and pipe. */
    PrintStream out;

    @Override
    public final Object execute() throws Exception {
        try {
            run(authService.operator(shellUser()));
            return null;
        } catch (PlatformException e) {
            String line = describe(e);
            throw new CommandException(SimpleAnsi.COLOR_RED + line + SimpleAnsi.COLOR_DEFAULT, line, e);
        }
    }

    /** Does the command's work on behalf of the operator. */
    protected abstract void run(Caller caller) throws Exception;

    protected PrintStream out() {
        return out != null ? out : System.out;
    }

    /**
     * The Karaf user running this command. The JAAS subject comes first: the session's {@code USER}
     * variable can be reassigned by whoever types at the shell, the subject cannot.
     */
    String shellUser() {
        return shellUser(ShellUtil.getCurrentUserName(), session == null ? null : session.get("USER"));
    }

    static String shellUser(String subjectUser, Object sessionUser) {
        if (subjectUser != null && !subjectUser.isBlank()) {
            return subjectUser;
        }
        if (sessionUser != null && !sessionUser.toString().isBlank()) {
            return sessionUser.toString();
        }
        return DEFAULT_SHELL_USER;
    }

    /**
     * A service of the hot-deployable routing bundle (routing, calendar import), injected with
     * {@code @Reference(optional = true)}; when the bundle is not deployed, says how to deploy it.
     */
    static <T> T pluggable(T service, String what) {
        if (service == null) {
            throw new PlatformException(PlatformException.Kind.UNAVAILABLE, null, "the " + what
                    + " bundle is not deployed; install the bpohub-routing feature (feature:install bpohub-routing) and retry");
        }
        return service;
    }

    /** A file on the Karaf server as the operator typed it: a relative path starts at the shell's current directory (see pwd and cd). */
    Path path(String file) {
        Path given = Paths.get(file);
        return (session == null ? given.toAbsolutePath() : session.currentDir().resolve(given)).normalize();
    }

    /** Opens a file the operator named; refuses, on {@code field}, one that is not there or cannot be read. */
    static InputStream open(Path path, String field) {
        if (!Files.isRegularFile(path)) {
            throw PlatformException.invalid(field, "there is no file " + path + " on the Karaf server");
        }
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw PlatformException.invalid(field, "cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** {@code Error: <title>: <detail> (field: x)}. */
    static String describe(PlatformException e) {
        StringBuilder line = new StringBuilder("Error: ");
        line.append(e.kind() != null ? e.kind().title : "Failed");
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            line.append(": ").append(e.getMessage());
        }
        if (e.field() != null && !e.field().isBlank()) {
            line.append(" (field: ").append(e.field()).append(')');
        }
        return line.toString();
    }
}
