package io.bpohub.contactimport;

/**
 * Makes this bundle's class loader the thread's context class loader until closed. POI and XMLBeans
 * (embedded here) find their schema type systems, and log4j-api its SLF4J provider, through the context
 * class loader; in OSGi that is whatever the calling thread had (a REST worker's, Karaf's), which cannot
 * see the embedded classes. Same as in bundles/documents.
 */
final class BundleContextLoader implements AutoCloseable {
    private final Thread thread;
    private final ClassLoader previous;

    private BundleContextLoader() {
        thread = Thread.currentThread();
        previous = thread.getContextClassLoader();
        thread.setContextClassLoader(BundleContextLoader.class.getClassLoader());
    }

    static BundleContextLoader enter() {
        return new BundleContextLoader();
    }

    @Override
    public void close() {
        thread.setContextClassLoader(previous);
    }
}
