package io.posestate.notify.cli.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.api.UsageException;
import io.posestate.notify.NotificationService;
import io.posestate.notify.NotificationServiceFactory;
import io.posestate.notify.Recipients;
import io.posestate.notify.SentMessage;
import io.posestate.notify.Verification;

/** {@code verify-alert CODE}: tells whether a reference code is one we sent, for which terminal and cause. */
@Component(service = Command.class)
public final class VerifyAlertCommand implements Command {
	@Override
	public String name() {
		return "verify-alert";
	}

	@Override
	public String usage() {
		return "verify-alert CODE [--store URL] [--key-file FILE]";
	}

	@Override
	public String summary() {
		return "check a reference code from an alert SMS: exit 0 when genuine, 1 when not";
	}

	@Override
	public int run(List<String> words, CliContext context) throws Exception {
		Args args = Args.parse(words, Set.of(NotifyOptions.STORE, NotifyOptions.KEY_FILE), Set.of());
		if (args.positional().size() != 1) {
			throw new UsageException("give exactly one reference code");
		}
		try (NotificationService service = context.service(NotificationServiceFactory.class)
				.openReadOnly(new NotifyOptions(context, args).settings(false))) {
			Verification v = service.verify(args.positional().get(0));
			switch (v.verdict()) {
			case GENUINE -> {
				SentMessage m = v.message();
				context.out().printf("GENUINE %s: %s about terminal %s, cause %s (%s)%n", v.code(), m.template(),
						m.terminal(), m.cause(), m.cause().text());
				context.out().printf("  sent to %s, queued %s by %s%s, state %s%s%n", Recipients.mask(m.recipient()),
						m.createdAt(), m.actor(), m.approvedBy() == null ? "" : ", approved by " + m.approvedBy(),
						m.state(), m.receipts().isEmpty() ? "" : ", receipt " + m.receipts().get(m.receipts().size() - 1).state());
				return 0;
			}
			case MALFORMED -> context.out().printf("NOT GENUINE %s: not of our form or its check character is wrong"
					+ " (a typo, or not from us)%n", v.code());
			case UNKNOWN -> context.out().printf("NOT GENUINE %s: we never sent this code; treat the message as fraud%n",
					v.code());
			}
			return 1;
		}
	}
}
