package io.posestate.ui.internal.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.posestate.audit.api.AuditPolicy;
import io.posestate.audit.api.AuditRequest;
import io.posestate.audit.api.AuditResult;
import io.posestate.audit.api.AuditService;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Severity;
import io.posestate.ui.EstateSession;
import io.posestate.ui.internal.Services;
import io.posestate.ui.internal.findings.StoredFindings;

/**
 * Audits a transactions.csv against the open estate's registry as a Job. The audit engine writes its outputs
 * (findings, rejects, HTML and PDF reports) into a temporary folder and stores the findings in the estate store;
 * on success the folder is moved to {@link Reports#auditRun}. The engine itself cannot be interrupted: a cancel
 * takes effect when its pass ends, and then its outputs and its stored run are removed, so a cancelled audit
 * leaves nothing behind.
 */
public class AuditJob extends Job {
	public static final String FAMILY = "io.posestate.ui.jobs.audit";
	private static final Pattern STORED_RUN = Pattern.compile("audit run (\\d+)");

	private final Path transactions;
	private final LocalDate asOf;
	private final AuditPolicy policy;
	private volatile AuditResult result;
	private volatile long runId = -1;

	public AuditJob(Path transactions, LocalDate asOf, AuditPolicy policy) {
		super("Auditing " + transactions.getFileName() + " as of " + asOf);
		this.transactions = transactions;
		this.asOf = asOf;
		this.policy = policy;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return FAMILY.equals(family);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), 3);
		Path work = null;
		try {
			Path root = Reports.root();
			work = Files.createTempDirectory(root, ".audit-");
			Path data = Files.createDirectories(work.resolve("data"));
			link(transactions, data.resolve("transactions.csv"));
			Path out = work.resolve("out");
			monitor.worked(1);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			monitor.subTask("running the audit rules over " + transactions);
			AuditResult r = Services.get(AuditService.class).run(new AuditRequest(data, asOf, out, policy,
					"workbench preferences: " + policy, EstateSession.location(), EstateSession.actor()));
			runId = storedRun(r);
			monitor.worked(1);
			if (monitor.isCanceled()) {
				if (runId >= 0) {
					StoredFindings.deleteRun(EstateSession.store(), runId);
				}
				return Status.CANCEL_STATUS;
			}
			Path target = runId >= 0 ? Reports.auditRun(runId) : root.resolve("audit-" + System.currentTimeMillis());
			// a folder left by a store that was re-created at the same place holds another run's outputs
			Reports.deleteTree(target);
			Files.createDirectories(target.getParent());
			Files.move(out, target, StandardCopyOption.ATOMIC_MOVE);
			result = r;
			monitor.worked(1);
			EstateSession.changed();
			return Status.info(summary(r) + "; outputs in " + target);
		} catch (IOException | RuntimeException e) {
			if (runId >= 0) {
				// stored, but its outputs could not be kept: take the run back, so the audit left nothing
				try {
					StoredFindings.deleteRun(EstateSession.store(), runId);
					runId = -1;
				} catch (RuntimeException again) {
					e.addSuppressed(again);
				}
			}
			return Status.error("The audit of " + transactions + " failed: " + e.getMessage(), e);
		} finally {
			Reports.deleteTree(work);
			monitor.done();
		}
	}

	/** The transactions file in the audit's data folder: a link to it, or a copy where links are not allowed. */
	private static void link(Path file, Path as) throws IOException {
		try {
			Files.createSymbolicLink(as, file.toAbsolutePath());
		} catch (UnsupportedOperationException | IOException e) {
			Files.copy(file, as);
		}
	}

	private static long storedRun(AuditResult r) {
		String stored = r.outputs().get("stored");
		Matcher m = stored == null ? null : STORED_RUN.matcher(stored);
		return m != null && m.find() ? Long.parseLong(m.group(1)) : -1;
	}

	static String summary(AuditResult r) {
		Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
		for (Finding f : r.findings()) {
			bySeverity.merge(f.severity(), 1, Integer::sum);
		}
		return String.format("Audit as of %s: %,d transactions audited, %,d findings %s, %,d rejects",
				r.request().asOf(), r.transactionsAudited(), r.findings().size(), bySeverity, r.rejectCount());
	}

	/** The audit's result once it succeeded, else null. */
	public AuditResult result() {
		return result;
	}

	/** The id of the stored run, or -1. */
	public long runId() {
		return runId;
	}
}
