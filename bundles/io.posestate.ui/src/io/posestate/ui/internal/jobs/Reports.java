package io.posestate.ui.internal.jobs;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

import io.posestate.ui.EstateSession;

/** Where the workbench keeps generated reports and audit outputs: the {@code reports} folder of the workspace. */
public final class Reports {
	private Reports() {
	}

	/** The reports folder (created when missing). */
	public static Path root() throws IOException {
		Location instance = Platform.getInstanceLocation();
		Path base;
		try {
			base = instance != null && instance.getURL() != null ? Path.of(instance.getURL().toURI())
					: Path.of(System.getProperty("user.home"), ".posestate");
		} catch (URISyntaxException | IllegalArgumentException e) {
			base = Path.of(System.getProperty("user.home"), ".posestate");
		}
		return Files.createDirectories(base.resolve("reports"));
	}

	/**
	 * The outputs of a stored audit run (findings.csv, report.html, report.pdf...): run ids count per store, so the
	 * folder is under one named after the open store's location.
	 */
	public static Path auditRun(long runId) throws IOException {
		return root().resolve(storeFolder()).resolve("audit-run-" + runId);
	}

	/** A folder name for the open store: its last path element and a short hash of its location. */
	static String storeFolder() {
		String location = EstateSession.location() == null ? "default" : EstateSession.location();
		String name = location.replaceAll("[?;].*", "").replaceAll(".*[/\\\\:]", "").replaceAll("[^A-Za-z0-9._-]", "");
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(location.getBytes(StandardCharsets.UTF_8));
			return (name.isEmpty() ? "store" : name) + "-" + HexFormat.of().formatHex(hash, 0, 4);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Removes a folder and everything in it; quietly leaves what cannot be removed. */
	static void deleteTree(Path dir) {
		if (dir == null || !Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a leftover temporary folder is harmless: it is never read
		}
	}
}
