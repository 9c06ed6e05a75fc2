package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.Page;
import org.apache.karaf.shell.api.action.Option;

/** A command that lists one page of something; adds {@code --page} and {@code --size}. */
public abstract class PagedCommand extends BpoCommand {
    static final int DEFAULT_SIZE = 50;

    @Option(name = "--page", aliases = "-p", description = "Page to show, counting from 0")
    int page = 0;

    @Option(name = "--size", aliases = "-n", description = "Rows per page (1.." + Page.MAX_SIZE + ")")
    int size = DEFAULT_SIZE;

    @Override
    protected final void run(Caller caller) throws Exception {
        Page.check(page, size);
        Page<?> shown = list(caller, page, size);
        String footer = footer(shown);
        if (!footer.isEmpty()) {
            out().println(footer);
        }
    }

    /** Fetches and prints one page, returning it for the footer. */
    protected abstract Page<?> list(Caller caller, int page, int size) throws Exception;

    /** Where the page sits in the whole list and how to get the next one; empty when there is nothing at all. */
    static String footer(Page<?> p) {
        if (p.total() == 0) {
            return "";
        }
        long first = (long) p.page() * p.size();
        int count = p.items() == null ? 0 : p.items().size();
        long lastPage = (p.total() - 1) / p.size();
        if (count == 0) {
            return "Page " + p.page() + " is past the end: " + p.total() + " in total, the last page is --page "
                    + lastPage + ".";
        }
        String line = "Showing " + (first + 1) + "-" + (first + count) + " of " + p.total()
                + " (page " + p.page() + ", last page " + lastPage + ").";
        if (first + count < p.total()) {
            line += " Next: --page " + (p.page() + 1);
        }
        return line;
    }
}
