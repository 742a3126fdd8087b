package io.posestate.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.posestate.model.Merchant;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalState;
import io.posestate.registry.api.AcquirerCount;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.MerchantCount;
import io.posestate.registry.api.EstateSummary;
import io.posestate.registry.api.TerminalQuery;
import io.posestate.ui.EstateSession;
import io.posestate.ui.EstateUi;
import io.posestate.ui.internal.Workbench;
import io.posestate.ui.internal.emf.EstateItems;

/**
 * The estate as a tree: acquirer → merchant → terminal, terminals grouped by state, vendor, model and region, with
 * counts, and the merchants whose phone was cancelled. Children are read when a node is first expanded. A group lists its first terminals; double-clicking a group shows all of its terminals
 * in the Terminals view, double-clicking a terminal or merchant opens its editor.
 */
public final class NavigatorView extends ViewPart {
	/** Terminals listed under a group before "more..." (the Terminals view shows them all). */
	static final int GROUP_PREVIEW = 50;

	/** A way of grouping terminals. */
	enum Grouping {
		STATE("By state"), VENDOR("By vendor"), MODEL("By model"), REGION("By region");

		final String label;

		Grouping(String label) {
			this.label = label;
		}

		Map<String, Long> counts(EstateSummary s) {
			return switch (this) {
			case STATE -> s.terminalsByState();
			case VENDOR -> s.terminalsByVendor();
			case MODEL -> s.terminalsByModel();
			case REGION -> s.terminalsByRegion();
			};
		}

		TerminalQuery filter(String value) {
			TerminalQuery all = TerminalQuery.all();
			return switch (this) {
			case STATE -> all.withState(TerminalState.get(value));
			case VENDOR -> all.withVendor(value);
			case MODEL -> all.withModel(value);
			case REGION -> all.withRegion(value);
			};
		}
	}

	record Root(Grouping grouping, EstateSummary summary) {
	}

	record Group(Grouping grouping, String value, long count) {
	}

	record More(Group group, long remaining) {
	}

	/** Acquirer → merchant → terminal, each level read when it is expanded. */
	record AcquirerRoot(List<AcquirerCount> acquirers) {
	}

	/** Merchants whose bound phone the carrier cancelled: they need a new contact before anything else. */
	record Flagged(List<Merchant> merchants) {
	}

	private TreeViewer viewer;
	private final Runnable onEstateChanged = () -> {
		if (viewer != null && !viewer.getTree().isDisposed()) {
			viewer.getTree().getDisplay().asyncExec(this::reload);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new Labels());
		viewer.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
		getSite().setSelectionProvider(viewer);
		EstateSession.addListener(onEstateChanged);
		reload();
	}

	private void reload() {
		if (viewer.getTree().isDisposed()) {
			return;
		}
		EstateRegistry registry = EstateSession.current().orElse(null);
		if (registry == null) {
			viewer.setInput(List.of());
			return;
		}
		EstateSummary summary = registry.summary();
		List<Object> roots = new ArrayList<>();
		roots.add(new AcquirerRoot(registry.acquirers()));
		for (Grouping g : Grouping.values()) {
			roots.add(new Root(g, summary));
		}
		roots.add(new Flagged(registry.merchantsWithCancelledPhone()));
		viewer.setInput(roots);
		viewer.expandToLevel(2);
	}

	private void open(Object element) {
		if (element instanceof Terminal t) {
			Workbench.openTerminal(getSite().getPage(), t.getSerialNumber());
		} else if (element instanceof Merchant m) {
			Workbench.openMerchant(getSite().getPage(), m.getMerchantNo());
		} else if (element instanceof MerchantCount m) {
			Workbench.openMerchant(getSite().getPage(), m.merchant().getMerchantNo());
		} else if (element instanceof Group g || element instanceof More) {
			Group group = element instanceof More m ? m.group() : (Group) element;
			try {
				TerminalsView view = (TerminalsView) getSite().getPage().showView(EstateUi.TERMINALS_VIEW);
				view.showOnly(group.grouping().filter(group.value()));
			} catch (PartInitException e) {
				throw new IllegalStateException("cannot show the Terminals view: " + e.getMessage(), e);
			}
		} else if (element != null) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		EstateSession.removeListener(onEstateChanged);
		super.dispose();
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Root r) {
				return r.grouping().counts(r.summary()).entrySet().stream()
						.map(e -> new Group(r.grouping(), e.getKey(), e.getValue())).toArray();
			}
			if (parent instanceof Flagged f) {
				return f.merchants().toArray();
			}
			if (parent instanceof AcquirerRoot a) {
				return a.acquirers().toArray();
			}
			if (parent instanceof AcquirerCount a) {
				return AcquirerTree.merchants(EstateSession.registry(), a, 0).toArray();
			}
			if (parent instanceof AcquirerTree.MerchantPage p) {
				return AcquirerTree.merchants(EstateSession.registry(), p.acquirer(), p.offset()).toArray();
			}
			if (parent instanceof Merchant || parent instanceof MerchantCount) {
				String merchantNo = (parent instanceof MerchantCount m ? m.merchant() : (Merchant) parent)
						.getMerchantNo();
				return EstateSession.registry()
						.terminals(TerminalQuery.all().withMerchantNo(merchantNo).withPage(0, GROUP_PREVIEW))
						.items().toArray();
			}
			if (parent instanceof Group g) {
				List<Object> children = new ArrayList<>(EstateSession.registry()
						.terminals(g.grouping().filter(g.value()).withPage(0, GROUP_PREVIEW)).items());
				if (g.count() > children.size()) {
					children.add(new More(g, g.count() - children.size()));
				}
				return children.toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Root || element instanceof Merchant || element instanceof AcquirerRoot
					|| element instanceof AcquirerCount || element instanceof AcquirerTree.MerchantPage
					|| element instanceof MerchantCount m && m.terminals() > 0
					|| element instanceof Flagged f && !f.merchants().isEmpty() || element instanceof Group g && g.count() > 0;
		}
	}

	private static final class Labels extends LabelProvider {
		@Override
		public String getText(Object element) {
			if (element instanceof Root r) {
				return r.grouping().label;
			}
			if (element instanceof Group g) {
				String value = g.value().isEmpty() ? "(none)" : g.value();
				return String.format("%s (%,d)", value, g.count());
			}
			if (element instanceof Flagged f) {
				return String.format("Merchants with a cancelled phone (%,d)", f.merchants().size());
			}
			if (element instanceof AcquirerRoot) {
				return "By acquirer";
			}
			if (element instanceof AcquirerCount a) {
				return String.format("%s%s (%,d merchants)", a.code(), a.name() == null ? " — not licensed"
						: " " + a.name(), a.merchants());
			}
			if (element instanceof MerchantCount m) {
				String name = m.merchant().getName();
				return String.format("%s %s (%,d terminals)", m.merchant().getMerchantNo(), name == null ? "" : name,
						m.terminals());
			}
			if (element instanceof AcquirerTree.MerchantPage p) {
				return String.format("%,d more merchants…", p.acquirer().merchants() - p.offset());
			}
			if (element instanceof More m) {
				return String.format("%,d more… (double-click: show in Terminals)", m.remaining());
			}
			return EstateItems.text(element);
		}

		@Override
		public Image getImage(Object element) {
			ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
			if (element instanceof Root || element instanceof Group || element instanceof Flagged
					|| element instanceof AcquirerRoot || element instanceof AcquirerCount) {
				return images.getImage(ISharedImages.IMG_OBJ_FOLDER);
			}
			if (element instanceof MerchantCount) {
				return images.getImage(ISharedImages.IMG_OBJ_FILE);
			}
			if (element instanceof More || element instanceof AcquirerTree.MerchantPage) {
				return images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
			}
			return EstateItems.image(element);
		}
	}
}
