package io.posestate.registry.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Test data sets of this fragment's {@code data/} folder, and the registry services. */
final class TestData {
    private TestData() {
    }

    /** Copies {@code data/<set>/*.csv} into a new folder under {@code parent}. */
    static Path copy(String set, Path parent) throws IOException {
        Path dir = Files.createDirectories(parent.resolve(set));
        Bundle bundle = FrameworkUtil.getBundle(TestData.class);
        Enumeration<URL> entries = bundle.findEntries("data/" + set, "*.csv", false);
        if (entries == null) {
            throw new IOException("No test data set data/" + set + " in bundle " + bundle.getSymbolicName());
        }
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            try (InputStream in = url.openStream()) {
                Files.copy(in, dir.resolve(path.substring(path.lastIndexOf('/') + 1)));
            }
        }
        return dir;
    }

    /** @return the service registered by Declarative Services (waits up to 10 s) */
    static <S> S service(Class<S> type) throws BundleException, InterruptedException {
        Bundle host = FrameworkUtil.getBundle(TestData.class);
        if (host.getState() != Bundle.ACTIVE) {
            host.start();
        }
        BundleContext context = host.getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        S service = tracker.waitForService(10_000);
        if (service == null) {
            throw new IllegalStateException("No " + type.getName() + " service: is Felix SCR running?");
        }
        return service;
    }
}
