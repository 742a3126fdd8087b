package io.posestate.ui.internal.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.posestate.lifecycle.EvidenceRef;
import io.posestate.lifecycle.LifecycleException;
import io.posestate.lifecycle.StepInput;
import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.Step;

/**
 * Records the next step of a case: a note, named values ({@code name=value} a line) and evidence files, one row
 * per evidence kind the step requires plus any more attached. Each file is referenced by its path with its
 * SHA-256. The lifecycle checks the input; a refusal is shown in the dialog, which stays open.
 */
public final class StepDialog extends TitleAreaDialog {
	/** Records the step; throws {@link LifecycleException} with the lifecycle's message when refused. */
	private final Consumer<StepInput> record;
	private final Case theCase;
	private final Step step;
	private Composite evidenceRows;
	private final List<EvidenceRow> evidence = new ArrayList<>();
	private Text note;
	private Text values;

	/** One evidence row: its kind and the file. */
	private record EvidenceRow(Combo kind, Text file) {
	}

	public StepDialog(Shell parent, Case theCase, Step step, Consumer<StepInput> record) {
		super(parent);
		this.theCase = theCase;
		this.step = step;
		this.record = record;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Case " + theCase.getId() + ": advance a step");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Step " + step.getNumber() + " " + step.getKind());
		setMessage(step.getTitle() + (step.isNeedsApproval() ? " — a second person (supervisor) approves it" : ""));
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		new Label(body, SWT.NONE).setText("&Note:");
		note = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, 50).applyTo(note);
		new Label(body, SWT.NONE).setText("&Values:");
		values = new Text(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		values.setMessage("name=value, one a line (e.g. cause=ACCOUNT_BINDING)");
		GridDataFactory.fillDefaults().grab(true, false).hint(420, 50).applyTo(values);
		Label evidenceLabel = new Label(body, SWT.NONE);
		evidenceLabel.setText("Evidence:");
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(evidenceLabel);
		evidenceRows = new Composite(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(evidenceRows);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(evidenceRows);
		for (String kind : step.getRequiredEvidence()) {
			addEvidenceRow(kind);
		}
		new Label(body, SWT.NONE);
		Button attach = new Button(body, SWT.PUSH);
		attach.setText("&Attach another file...");
		attach.addListener(SWT.Selection, e -> {
			EvidenceRow row = addEvidenceRow("");
			browse(row.file());
			getShell().layout(true, true);
			getShell().pack();
		});
		return area;
	}

	private EvidenceRow addEvidenceRow(String kind) {
		Combo kindCombo = new Combo(evidenceRows, SWT.DROP_DOWN);
		kindCombo.setItems(step.getRequiredEvidence().toArray(String[]::new));
		kindCombo.setText(kind);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(kindCombo);
		Text file = new Text(evidenceRows, SWT.BORDER);
		file.setMessage("file (or a ticket / receipt reference)");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		Button browse = new Button(evidenceRows, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> browse(file));
		EvidenceRow row = new EvidenceRow(kindCombo, file);
		evidence.add(row);
		return row;
	}

	private void browse(Text file) {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Evidence file");
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Record step", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		try {
			record.accept(input());
			super.okPressed();
		} catch (LifecycleException | IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
		}
	}

	/** What the fields say, evidence files with their SHA-256. */
	StepInput input() {
		List<EvidenceRef> refs = new ArrayList<>();
		for (EvidenceRow row : evidence) {
			String kind = row.kind().getText().strip();
			String ref = row.file().getText().strip();
			if (ref.isEmpty()) {
				continue; // a required kind left empty: the lifecycle names it as missing
			}
			refs.add(new EvidenceRef(kind, ref, sha256(ref)));
		}
		Map<String, String> named = new LinkedHashMap<>();
		for (String line : values.getText().split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int eq = line.indexOf('=');
			if (eq <= 0) {
				throw new IllegalArgumentException("values are name=value, one a line; not \"" + line.strip() + "\"");
			}
			named.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
		}
		return StepInput.of(note.getText().isBlank() ? null : note.getText().strip(), refs, named);
	}

	/** The SHA-256 of an evidence file, or null when the reference is no readable file (a ticket number...). */
	static String sha256(String reference) {
		Path file;
		try {
			file = Path.of(reference);
		} catch (RuntimeException e) {
			return null;
		}
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		} catch (IOException e) {
			throw new IllegalArgumentException("cannot read evidence file " + file + ": " + e.getMessage(), e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Fills the fields (tests drive the real widgets through this, then press Record step). */
	public void fill(String noteText, String valueLines, Map<String, String> evidenceByKind) {
		note.setText(noteText == null ? "" : noteText);
		values.setText(valueLines == null ? "" : valueLines);
		evidenceByKind.forEach((kind, file) -> {
			EvidenceRow row = evidence.stream().filter(r -> r.kind().getText().equals(kind)).findFirst()
					.orElseGet(() -> addEvidenceRow(kind));
			row.file().setText(file);
		});
	}
}
