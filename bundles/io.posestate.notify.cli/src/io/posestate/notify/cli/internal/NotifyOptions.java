package io.posestate.notify.cli.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.UsageException;
import io.posestate.notify.ChannelException;
import io.posestate.notify.NotifyConfiguration;
import io.posestate.notify.ReceiptListener;
import io.posestate.notify.NotifySettings;
import io.posestate.notify.SmscSettings;
import io.posestate.notify.SmtpSettings;

/**
 * The options of the notification commands over the shared {@link NotifyConfiguration}: an option wins over the
 * stored setting of the same name. Passwords never appear on the command line: they come from files or the
 * environment.
 */
final class NotifyOptions {
	static final String STORE = "store";
	static final String KEY_FILE = "key-file";

	private final NotifyConfiguration configuration;
	private final Map<String, String> explicit = new HashMap<>();
	private final String store;
	private final CliContext context;

	NotifyOptions(CliContext context, Args args) {
		this.context = context;
		this.configuration = context.service(NotifyConfiguration.class);
		this.store = args.get(STORE);
		for (String key : NotifyConfiguration.KEYS) {
			if (key.equals("starttls")) {
				if (args.flag("starttls")) {
					explicit.put(key, "true");
				}
			} else if (args.get(key) != null) {
				explicit.put(key, args.get(key));
			}
		}
	}

	NotifyConfiguration configuration() {
		return configuration;
	}

	NotifySettings settings(boolean forSending) {
		return usage(c -> c.settings(store, explicit, forSending));
	}

	SmscSettings smsc() {
		return usage(c -> c.smsc(explicit));
	}

	SmtpSettings smtp() {
		return usage(c -> c.smtp(explicit));
	}

	ReceiptListener.Listening listen() throws ChannelException {
		try {
			return context.service(ReceiptListener.class).listen(store, explicit);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	/** A missing or malformed setting is a usage error. */
	private <T> T usage(Function<NotifyConfiguration, T> get) {
		try {
			return get.apply(configuration);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}
}
