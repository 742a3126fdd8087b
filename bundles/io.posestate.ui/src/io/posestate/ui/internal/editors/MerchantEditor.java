package io.posestate.ui.internal.editors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import io.posestate.model.Merchant;
import io.posestate.model.Phone;
import io.posestate.model.Terminal;
import io.posestate.ui.internal.UiMasking;
import io.posestate.model.validation.EstateValidation;
import io.posestate.registry.api.TerminalQuery;
import io.posestate.ui.EstateSession;
import io.posestate.ui.internal.Workbench;
import io.posestate.ui.internal.emf.EstateItems;
import io.posestate.ui.internal.emf.EstateLabelProvider;

/**
 * A merchant: its registration, contacts (phone and account numbers masked), validation problems and its
 * terminals. Read-only: merchants change through imports.
 */
public final class MerchantEditor extends EditorPart {
	private static final int TERMINALS_SHOWN = 1_000;

	private Merchant merchant;
	private List<String> problems;
	private final Map<String, Text> fields = new LinkedHashMap<>();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof MerchantEditorInput in)) {
			throw new PartInitException("not a merchant: " + input);
		}
		setSite(site);
		setInput(input);
		merchant = EstateSession.registry().merchant(in.key())
				.orElseThrow(() -> new PartInitException("no merchant with number " + in.key()));
		setPartName(merchant.getName() == null ? in.key() : merchant.getName());
		setTitleToolTip(EstateItems.text(merchant));
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite form = Forms.scrolledForm(parent);
		problems = EstateValidation.validate(merchant);
		Forms.showMessages(Forms.messageLine(form, 2), problems, "Merchant " + merchant.getMerchantNo() + " is valid.");
		field(form, "Merchant number", merchant.getMerchantNo());
		field(form, "Name", merchant.getName());
		field(form, "MCC", merchant.getMcc());
		field(form, "Region", merchant.getRegion());
		field(form, "Acquirer", merchant.getAcquirerCode());
		field(form, "Status", merchant.getStatus() == null ? "" : merchant.getStatus().getLiteral());
		field(form, "Settlement account", UiMasking.account(merchant.getSettlementAccount()));
		field(form, "Phone", phone(merchant.getPhone()));
		field(form, "Backup phone", phone(merchant.getBackupPhone()));
		field(form, "E-mail", merchant.getEmail());
		field(form, "Address", merchant.getAddress());

		List<Terminal> terminals = EstateSession.registry()
				.terminals(TerminalQuery.all().withMerchantNo(merchant.getMerchantNo()).withPage(0, TERMINALS_SHOWN))
				.items();
		Label label = new Label(form, SWT.NONE);
		label.setText("Terminals (" + terminals.size() + ")");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
		TableViewer table = new TableViewer(form, SWT.BORDER | SWT.FULL_SELECTION);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setLabelProvider(new EstateLabelProvider());
		table.setInput(terminals);
		table.addDoubleClickListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Terminal t) {
				Workbench.openTerminal(getSite().getPage(), t.getSerialNumber());
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table.getTable());
		getSite().setSelectionProvider(table);
	}

	private void field(Composite form, String label, String value) {
		fields.put(label, Forms.readOnly(form, label, value));
	}

	/** The text shown in a field, by its label (tests). */
	public String fieldText(String label) {
		Text t = fields.get(label);
		if (t == null) {
			throw new IllegalArgumentException("no field " + label + "; fields: " + fields.keySet());
		}
		return t.getText();
	}

	private static String phone(Phone phone) {
		if (phone == null) {
			return "";
		}
		String status = phone.getStatus() == null ? "" : " (" + phone.getStatus().getLiteral() + ")";
		return UiMasking.phone(phone.getNumber()) + status;
	}

	public List<String> problems() {
		return problems;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only
	}

	@Override
	public void doSaveAs() {
		// read-only
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		getSite().getShell().setFocus();
	}
}
