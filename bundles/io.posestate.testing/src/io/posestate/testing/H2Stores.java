package io.posestate.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Embedded H2 file databases, one folder per store under a temporary directory. */
final class H2Stores implements StoreBackend {
    private final Path root;
    private int count;

    H2Stores() throws IOException {
        root = Files.createTempDirectory("posestate-h2-");
    }

    @Override
    public String newLocation() {
        return root.resolve("store" + ++count).toString();
    }

    @Override
    public void recreate(String location) throws IOException {
        delete(Path.of(location));
    }

    @Override
    public void close() throws IOException {
        delete(root);
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
