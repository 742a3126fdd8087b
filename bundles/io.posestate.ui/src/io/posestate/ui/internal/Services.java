package io.posestate.ui.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

import io.posestate.cli.api.CliContext;

/** The OSGi services the workbench uses (lifecycle, audit, report writers), published by Declarative Services. */
public final class Services {
	private Services() {
	}

	/** The highest-ranked service of a type, waiting briefly for it; throws naming the type when there is none. */
	public static <T> T get(Class<T> type) {
		return new CliContext(System.out, System.err).service(type);
	}

	/** Every service of a type now registered (e.g. all audit report writers). */
	public static <T> List<T> all(Class<T> type) {
		BundleContext bc = FrameworkUtil.getBundle(Services.class).getBundleContext();
		try {
			return bc.getServiceReferences(type, null).stream().map(bc::getService)
					.filter(s -> s != null).map(type::cast).toList();
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
