package io.posestate.ui.internal.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.FileImport;
import io.posestate.ui.EstateSession;

/**
 * Imports the registry files of a folder into the open estate as a Job, in dependency order. Each file is one
 * database transaction: a file is imported completely or not at all. Cancelling stops before the next file, so
 * the estate holds whole files only; the job's status names the files imported and those left.
 */
public class ImportJob extends Job {
	public static final String FAMILY = "io.posestate.ui.jobs.import";

	private final Path folder;
	private final List<FileImport> imported = new CopyOnWriteArrayList<>();

	public ImportJob(Path folder) {
		super("Importing registry files from " + folder);
		this.folder = folder;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return FAMILY.equals(family);
	}

	/** The registry files of the folder, in import order. */
	public List<Path> files() {
		return EstateRegistry.REGISTRY_FILES.stream().map(folder::resolve).filter(Files::isRegularFile).toList();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<Path> files = files();
		if (files.isEmpty()) {
			return Status.error("No registry files (" + String.join(", ", EstateRegistry.REGISTRY_FILES) + ") in "
					+ folder);
		}
		monitor.beginTask(getName(), files.size());
		EstateRegistry registry = EstateSession.registry();
		List<String> left = new ArrayList<>();
		try {
			for (Path file : files) {
				if (monitor.isCanceled()) {
					left.add(file.getFileName().toString());
					continue;
				}
				monitor.subTask(file.getFileName().toString());
				FileImport done = registry.importFile(file, EstateSession.actor());
				imported.add(done);
				afterFile(done);
				monitor.worked(1);
			}
		} catch (IOException | RuntimeException e) {
			return Status.error("Import from " + folder + " stopped: " + e.getMessage() + describe(), e);
		} finally {
			if (!imported.isEmpty()) {
				EstateSession.changed();
			}
			monitor.done();
		}
		if (!left.isEmpty()) {
			return new Status(IStatus.CANCEL, getClass(), "Import cancelled" + describe() + "; not imported: "
					+ String.join(", ", left));
		}
		long rejected = imported.stream().mapToLong(FileImport::rejected).sum();
		return rejected == 0 ? Status.info("Imported" + describe())
				: Status.warning("Imported" + describe() + " with " + rejected + " rejected records");
	}

	/** Called after each file's transaction committed (tests cancel the job here). */
	protected void afterFile(FileImport done) {
		// nothing by default
	}

	private String describe() {
		StringBuilder sb = new StringBuilder();
		for (FileImport f : imported) {
			sb.append(sb.length() == 0 ? ": " : ", ").append(String.format("%s (%,d read, %,d inserted, %,d updated,"
					+ " %,d rejected)", f.file(), f.read(), f.inserted(), f.updated(), f.rejected()));
		}
		return sb.toString();
	}

	/** The files imported so far, in order. */
	public List<FileImport> imported() {
		return List.copyOf(imported);
	}
}
