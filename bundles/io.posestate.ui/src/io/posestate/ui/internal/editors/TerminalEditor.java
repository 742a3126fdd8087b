package io.posestate.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import io.posestate.model.EstatePackage;
import io.posestate.model.LifecycleEvent;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalState;
import io.posestate.ui.internal.UiMasking;
import io.posestate.model.validation.EstateValidation;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryException;
import io.posestate.ui.EstateSession;
import io.posestate.ui.internal.Workbench;
import io.posestate.ui.internal.emf.EstateItems;

/**
 * A terminal: its fields, its lifecycle history, and a change of state. The form is bound (JFace data binding
 * over EMF properties) to a working copy, which the estate's EMF validation checks on every change; problems
 * are shown at the top and a terminal with problems is never saved. Saving records the state change in the
 * registry with the acting user and the reason.
 */
public final class TerminalEditor extends EditorPart {
	private Terminal original;
	private Terminal working;
	private final List<String> problems = new ArrayList<>();
	private final DataBindingContext bindings = new DataBindingContext();
	private CLabel messageLine;
	private ComboViewer state;
	private Text reason;
	private TableViewer history;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof TerminalEditorInput in)) {
			throw new PartInitException("not a terminal: " + input);
		}
		setSite(site);
		setInput(input);
		original = EstateSession.registry().terminal(in.key())
				.orElseThrow(() -> new PartInitException("no terminal with serial number " + in.key()));
		working = EcoreUtil.copy(original);
		setPartName(in.key());
		setTitleToolTip(EstateItems.text(original));
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite form = Forms.scrolledForm(parent);
		messageLine = Forms.messageLine(form, 2);
		Forms.readOnly(form, "Serial number", working.getSerialNumber());
		Forms.readOnly(form, "Vendor", working.getVendor());
		Forms.readOnly(form, "Model", working.getModelName());
		Forms.readOnly(form, "Connection", working.getConnection() == null ? "" : working.getConnection().getLiteral());
		Forms.readOnly(form, "Firmware", working.getFirmware());

		Forms.label(form, "State");
		state = new ComboViewer(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		state.setContentProvider(ArrayContentProvider.getInstance());
		state.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((TerminalState) element).getLiteral();
			}
		});
		state.setInput(TerminalState.VALUES);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(state.getControl());
		bindings.bindValue(ViewerProperties.singleSelection(TerminalState.class).observe(state),
				EMFProperties.value(EstatePackage.Literals.TERMINAL__STATE).observe(working));

		Forms.label(form, "Reason");
		reason = new Text(form, SWT.BORDER);
		reason.setMessage("why the state changes (recorded in the history)");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(reason);
		reason.addModifyListener(e -> validate());

		Forms.label(form, "Merchant");
		Link merchant = new Link(form, SWT.NONE);
		merchant.setText(working.getMerchantNo() == null ? "(none)"
				: "<a>" + (working.getMerchant() == null ? working.getMerchantNo() : EstateItems.text(working.getMerchant()))
						+ "</a>");
		merchant.addListener(SWT.Selection, e -> Workbench.openMerchant(getSite().getPage(), working.getMerchantNo()));
		Forms.readOnly(form, "Deployed region", working.getDeployedRegion());
		Forms.readOnly(form, "Activated", working.getActivatedAt() == null ? "" : working.getActivatedAt().toString());
		Forms.readOnly(form, "Bound phone",
				working.getBoundPhone() == null ? "" : UiMasking.phone(working.getBoundPhone().getNumber()));

		Label historyLabel = new Label(form, SWT.NONE);
		historyLabel.setText("Lifecycle history");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(historyLabel);
		history = new TableViewer(form, SWT.BORDER | SWT.FULL_SELECTION);
		history.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 120).applyTo(history.getTable());
		historyColumn("Time", 170, e -> e.getTime() == null ? "" : e.getTime().toString());
		historyColumn("From", 110, e -> e.getFromState() == null || !e.isSetFromState() ? "" : e.getFromState().getLiteral());
		historyColumn("To", 110, e -> e.getToState() == null ? "" : e.getToState().getLiteral());
		historyColumn("Actor", 90, LifecycleEvent::getActor);
		historyColumn("Reason", 300, LifecycleEvent::getReason);
		history.setContentProvider(ArrayContentProvider.getInstance());
		history.setInput(EstateSession.registry().history(working.getSerialNumber()));

		working.eAdapters().add(new AdapterImpl() {
			@Override
			public void notifyChanged(Notification msg) {
				validate();
			}
		});
		getSite().setSelectionProvider(Forms.fixedSelection(original));
		validate();
	}

	private void historyColumn(String title, int width, java.util.function.Function<LifecycleEvent, String> text) {
		TableViewerColumn c = new TableViewerColumn(history, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = text.apply((LifecycleEvent) element);
				return s == null ? "" : s;
			}
		});
	}

	/** Checks the working copy; the message line shows what is wrong. */
	private void validate() {
		problems.clear();
		problems.addAll(EstateValidation.validate(working));
		if (isDirty() && reason.getText().isBlank()) {
			problems.add("Give a reason for changing the state of " + working.getSerialNumber() + " to "
					+ working.getState().getLiteral() + ".");
		}
		Forms.showMessages(messageLine, problems,
				isDirty() ? "Ready to save: " + original.getState().getLiteral() + " → " + working.getState().getLiteral()
						: "Terminal " + working.getSerialNumber() + " is valid.");
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		validate();
		if (!problems.isEmpty()) {
			Forms.showMessages(messageLine, withPrefix("Not saved: ", problems), "");
			monitor.setCanceled(true);
			return;
		}
		EstateRegistry registry = EstateSession.registry();
		try {
			registry.changeState(working.getSerialNumber(), working.getState(), EstateSession.actor(),
					reason.getText().strip(), List.of());
		} catch (RegistryException e) {
			Forms.showMessages(messageLine, List.of("Not saved: " + e.getMessage()), "");
			monitor.setCanceled(true);
			return;
		}
		original = registry.terminal(working.getSerialNumber()).orElse(original);
		reason.setText("");
		history.setInput(registry.history(working.getSerialNumber()));
		validate();
		EstateSession.changed();
	}

	private static List<String> withPrefix(String prefix, List<String> messages) {
		List<String> out = new ArrayList<>();
		messages.forEach(m -> out.add(prefix + m));
		return out;
	}

	/** Problems shown now (empty when the working copy is valid). */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	public ComboViewer stateViewer() {
		return state;
	}

	public Text reasonText() {
		return reason;
	}

	public String message() {
		return messageLine.getText();
	}

	@Override
	public boolean isDirty() {
		return working.getState() != original.getState();
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		state.getControl().setFocus();
	}

	@Override
	public void dispose() {
		bindings.dispose();
		working.eAdapters().clear();
		super.dispose();
	}
}
