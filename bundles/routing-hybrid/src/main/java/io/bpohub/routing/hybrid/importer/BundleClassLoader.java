package io.bpohub.routing.hybrid.importer;

/**
 * Makes this bundle's class loader the thread's context class loader until closed. ical4j, jollyday
 * and JAXB are embedded in this bundle and find their factories, parsers and data files through
 * {@link java.util.ServiceLoader} and the context class loader; in OSGi that loader is whatever the
 * caller's thread had (often Karaf's), which cannot see them.
 */
final class BundleClassLoader implements AutoCloseable {
    private final Thread thread;
    private final ClassLoader previous;

    private BundleClassLoader() {
        thread = Thread.currentThread();
        previous = thread.getContextClassLoader();
        thread.setContextClassLoader(BundleClassLoader.class.getClassLoader());
    }

    static BundleClassLoader enter() {
        return new BundleClassLoader();
    }

    @Override
    public void close() {
        thread.setContextClassLoader(previous);
    }
}
