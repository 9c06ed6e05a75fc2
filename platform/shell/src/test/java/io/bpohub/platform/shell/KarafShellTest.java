package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.platform.services.ChannelDirectory;
import io.bpohub.platform.services.ChannelView;
import io.bpohub.platform.services.TenantStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.gogo.runtime.Token;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.impl.action.command.ManagerImpl;
import org.apache.karaf.shell.impl.console.CommandWrapper;
import org.apache.karaf.shell.impl.console.SessionFactoryImpl;
import org.apache.karaf.shell.support.CommandException;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Runs the commands through Karaf's own shell machinery (the one Karaf-Commands feeds): real option and
 * argument parsing, {@code @Service}/{@code @Reference} injection including the session, error handling.
 */
public class KarafShellTest {
    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private final Fakes.Auth auth = new Fakes.Auth();
    private final Fakes.Tenants tenants = new Fakes.Tenants();
    private final Fakes.Org org = new Fakes.Org();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private SessionFactoryImpl factory;
    private Session session;

    @Before
    public void startShell() throws Exception {
        threadIO.start();
        factory = new SessionFactoryImpl(threadIO) {
            /** As Karaf's OSGi SecuredCommand does: hand plain words to the command as Strings, not gogo Tokens. */
            @Override
            protected Function wrap(org.apache.karaf.shell.api.console.Command command) {
                return new CommandWrapper(command) {
                    @Override
                    public Object execute(CommandSession session, List<Object> arguments) throws Exception {
                        arguments.replaceAll(a -> a instanceof Token ? a.toString() : a);
                        return super.execute(session, arguments);
                    }
                };
            }
        };
        factory.register(auth);
        factory.register(tenants);
        factory.register(org);
        factory.register(new Fakes.Audit());
        factory.register((ChannelDirectory) () -> List.of(new ChannelView("webhook", "Webhook", "io.bpohub.channel.webhook",
                "0.1.0", 57, Fakes.T0, 1)));
        ManagerImpl manager = new ManagerImpl(factory, factory); // strict: @Service and every @Reference required
        for (Class<?> command : commandClasses()) {
            manager.register(command);
        }
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        session = factory.create(new ByteArrayInputStream(new byte[0]), print, print);
        session.put("USER", "ops.ana");
        tenants.tenants.put("acme", Fakes.tenant("acme", TenantStatus.ACTIVE));
    }

    @After
    public void stopShell() {
        factory.stop();
        threadIO.stop();
    }

    /** Every compiled class of this bundle that carries @Command, as Karaf-Commands: * would find them. */
    static List<Class<?>> commandClasses() throws Exception {
        File dir = new File(new File(BpoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                BpoCommand.class.getPackageName().replace('.', '/'));
        List<Class<?>> found = new ArrayList<>();
        for (String file : dir.list()) {
            if (file.endsWith(".class") && !file.contains("$")) {
                Class<?> c = Class.forName(BpoCommand.class.getPackageName() + "." + file.replace(".class", ""));
                if (c.isAnnotationPresent(Command.class)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    private String run(String line) throws Exception {
        out.reset();
        session.execute(line);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void allFifteenCommandsAreInTheBpoScopeAndRegister() throws Exception {
        List<String> names = new ArrayList<>();
        for (Class<?> c : commandClasses()) {
            Command command = c.getAnnotation(Command.class);
            assertEquals(c.getName(), "bpo", command.scope());
            assertNotNull(c.getName() + " needs @Service",
                    c.getAnnotation(org.apache.karaf.shell.api.action.lifecycle.Service.class));
            names.add(command.name());
        }
        names.sort(null);
        assertEquals(List.of("audit", "channels", "migrate", "org-tree", "tenant-create", "tenant-export", "tenant-list",
                "tenant-offboard", "tenant-resume", "tenant-show", "tenant-suspend", "unit-create", "user-create",
                "user-history", "user-move"), names);
    }

    @Test
    public void optionsAndArgumentsAreParsedAndTheSessionUserIsTheOperator() throws Exception {
        String printed = run("bpo:tenant-create --time-zone Asia/Manila --locale en-PH --currency PHP --mode hybrid "
                + "globex \"Globex Inc\"");

        assertTrue(printed, printed.startsWith("Tenant globex created."));
        assertEquals("Globex Inc", tenants.created.name());
        assertEquals("Asia/Manila", tenants.created.timeZone());
        assertEquals(List.of("ops.ana"), auth.operators);
    }

    @Test
    public void offboardConfirmationGoesThroughTheRealParser() throws Exception {
        CommandException refused = assertThrows(CommandException.class, () -> run("bpo:tenant-offboard acme"));
        assertTrue(refused.getMessage(), refused.getMessage().endsWith("(field: confirm)"));
        assertTrue(tenants.calls.isEmpty());

        String printed = run("bpo:tenant-offboard --confirm acme acme");
        assertTrue(printed, printed.startsWith("Tenant acme offboarded"));
        assertEquals(List.of("offboard ops.ana acme acme"), tenants.calls);
    }

    @Test
    public void inheritedArgumentsAndOptionsLineUp() throws Exception {
        assertEquals("Created Inbound [TEAM 42] under unit 1 for acme.\n", run("bpo:unit-create --parent 1 acme team Inbound"));
        assertEquals("ana now works in Night shift [5].\n", run("bpo:user-move acme ana 5"));
        run("bpo:tenant-list --size 10 --page 1");
        assertEquals("list ops.ana 1 10", tenants.calls.get(tenants.calls.size() - 1));
        CommandException notANumber = assertThrows(CommandException.class, () -> run("bpo:user-move acme ana five"));
        assertTrue(notANumber.getMessage(), notANumber.getMessage().contains("unitId"));
    }

    @Test
    public void aServiceRefusalReachesTheShellAsOneLine() {
        tenants.fail = io.bpohub.platform.services.PlatformException.forbidden("agency admins only");
        CommandException e = assertThrows(CommandException.class, () -> run("bpo:tenant-show acme"));
        assertEquals("Error: Forbidden: agency admins only", e.getMessage());
    }

    @Test
    public void channelsListsWhatTheDirectoryHas() throws Exception {
        String printed = run("bpo:channels");
        assertTrue(printed, printed.contains("webhook") && printed.contains("io.bpohub.channel.webhook"));
    }
}
