package io.posestate.lifecycle.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The files of this fragment's {@code data/} folder, copied to a temporary folder, and the DS services. */
final class TestData {
    private TestData() {
    }

    /** Copies {@code data/**} (files and sub-folders) into {@code target}; returns it. */
    static Path copyAll(Path target) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(TestData.class);
        Enumeration<URL> entries = bundle.findEntries("data", "*.csv", true);
        if (entries == null) {
            throw new IOException("No data/ in bundle " + bundle.getSymbolicName());
        }
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            Path file = target.resolve(url.getPath().substring(url.getPath().indexOf("data/") + 5));
            Files.createDirectories(file.getParent());
            try (InputStream in = url.openStream()) {
                Files.copy(in, file);
            }
        }
        return target;
    }

    /** @return the service registered by Declarative Services (waits up to 10 s) */
    static <S> S service(Class<S> type) throws Exception {
        return service(type, null);
    }

    /** @return the service of a type registered by the named DS component (waits up to 10 s) */
    static <S> S service(Class<S> type, String componentName) throws Exception {
        Bundle host = FrameworkUtil.getBundle(TestData.class);
        if (host.getState() != Bundle.ACTIVE) {
            host.start();
        }
        BundleContext context = host.getBundleContext();
        for (Bundle b : context.getBundles()) {
            // DS bundles of ours are lazy: start them as the product would
            if (b.getSymbolicName().startsWith("io.posestate.") && b.getHeaders().get("Fragment-Host") == null
                    && b.getState() == Bundle.RESOLVED) {
                b.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
        ServiceTracker<S, S> tracker = componentName == null ? new ServiceTracker<>(context, type, null)
                : new ServiceTracker<>(context, context.createFilter("(&(objectClass=" + type.getName()
                        + ")(component.name=" + componentName + "))"), null);
        tracker.open();
        S service = tracker.waitForService(10_000);
        if (service == null) {
            throw new IllegalStateException("No " + type.getName() + " service: is Felix SCR running?");
        }
        return service;
    }
}
