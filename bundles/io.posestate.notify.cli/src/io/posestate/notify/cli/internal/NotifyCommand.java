package io.posestate.notify.cli.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.api.UsageException;
import io.posestate.notify.AlertCause;
import io.posestate.notify.DeliveryReceipt;
import io.posestate.notify.MailChannel;
import io.posestate.notify.MailChannelFactory;
import io.posestate.notify.Message;
import io.posestate.notify.NotificationService;
import io.posestate.notify.NotificationServiceFactory;
import io.posestate.notify.NotifyConfiguration;
import io.posestate.notify.NotifySettings;
import io.posestate.notify.OutboxState;
import io.posestate.notify.ReceiptListener;
import io.posestate.notify.Recipients;
import io.posestate.notify.SentMessage;
import io.posestate.notify.SmsChannel;
import io.posestate.notify.SmsChannelFactory;
import io.posestate.notify.Submission;
import io.posestate.notify.TemplateId;

/**
 * {@code notify send ...} queues a message in the store's outbox and sends it (and whatever else is pending) through
 * the SMSC, or by email when the recipient is an email address; {@code notify status --terminal SERIAL} lists what was sent about a terminal.
 */
@Component(service = Command.class)
public final class NotifyCommand implements Command {
	private static final Set<String> SEND_OPTIONS = Set.of("to", "template", "terminal", "cause", "code", "due",
			"approved-by", "service-number", "smsc", "system-id", "sender", "password-file", "wait", "receipt-wait",
			"smtp", "mail-from", "smtp-user", "smtp-password-file", NotifyOptions.STORE,
			NotifyOptions.KEY_FILE);

	/** Everything stored but the STARTTLS switch, which is a flag. */
	private static final Set<String> CONFIGURE_OPTIONS = Set.copyOf(
			NotifyConfiguration.KEYS.stream().filter(k -> !k.equals("starttls")).toList());

	@Override
	public String name() {
		return "notify";
	}

	private static final String DETAILS = "notify send --to PHONE --template stop-use|maintenance|code"
			+ " [--terminal SERIAL --cause CAUSE --approved-by NAME] [--due DATE] [--code CODE] --service-number N"
			+ " --smsc HOST:PORT --system-id ID --sender ID [--password-file FILE] [--wait SECONDS]"
			+ " [--receipt-wait SECONDS] [--store URL] [--key-file FILE]\n"
			+ "       notify send --to EMAIL ... --smtp HOST:PORT --mail-from ADDRESS [--smtp-user NAME --starttls]"
			+ " [--smtp-password-file FILE]   (email to a backup contact instead of --smsc ...)\n"
			+ "       notify status --terminal SERIAL [--store URL] [--key-file FILE]\n"
			+ "       notify listen [--for SECONDS] [--store URL] [--smsc HOST:PORT ...]   (stays bound: records delivery"
			+ " receipts as they come)\n"
			+ "       notify configure [--smsc HOST:PORT] [--system-id ID] [--sender ID] [--service-number N] [--smtp"
			+ " HOST:PORT] [--mail-from ADDRESS] [--smtp-user NAME] [--starttls|--no-starttls] [--password-file FILE]"
			+ " [--smtp-password-file FILE] [--key-file FILE]   (stores them, never a password itself; \"\" removes one)\n"
			+ "passwords come from the files given or env " + NotifyConfiguration.PASSWORD_ENV + " / "
			+ NotifyConfiguration.SMTP_PASSWORD_ENV;

	@Override
	public String usage() {
		return "notify send|status|listen|configure ... (posestate notify: options)";
	}

	@Override
	public String summary() {
		return "send a stop-use alert, maintenance reminder or one-time code by SMS; show what was sent";
	}

	@Override
	public int run(List<String> words, CliContext context) throws Exception {
		if (words.isEmpty()) {
			throw new UsageException("notify needs send or status:\n       " + DETAILS);
		}
		List<String> rest = words.subList(1, words.size());
		return switch (words.get(0)) {
		case "send" -> send(Args.parse(rest, SEND_OPTIONS, Set.of("starttls")), context);
		case "status" -> status(Args.parse(rest, Set.of("terminal", NotifyOptions.STORE, NotifyOptions.KEY_FILE),
				Set.of()), context);
		case "configure" -> configure(Args.parse(rest, CONFIGURE_OPTIONS, Set.of("starttls", "no-starttls")), context);
		case "listen" -> listen(Args.parse(rest, Set.of("smsc", "system-id", "sender", "password-file", "service-number",
				"for", NotifyOptions.STORE, NotifyOptions.KEY_FILE), Set.of()), context);
		default -> throw new UsageException("unknown notify action \"" + words.get(0) + "\":\n       " + DETAILS);
		};
	}

	private int send(Args args, CliContext context) throws Exception {
		Message message = message(args, context.actor());
		int waitSeconds = args.integer("wait", 30, 0, 3600);
		NotifyOptions options = new NotifyOptions(context, args);
		NotifySettings settings = options.settings(true);
		SmsChannel sms = message.byEmail() ? null
				: context.service(SmsChannelFactory.class).open(options.smsc(), false);
		MailChannel mail = message.byEmail() ? context.service(MailChannelFactory.class).open(options.smtp()) : null;
		try (NotificationService service = context.service(NotificationServiceFactory.class).open(settings, sms, mail)) {
			if (sms != null) {
				sms.connect(); // bound once receipts have somewhere to go; a refused bind fails here
			}
			Submission s;
			try {
				s = service.submit(message);
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage()); // e.g. a parameter with a link: refused, nothing queued
			}
			if (s.duplicate()) {
				context.out().printf("already sent within the alert window: entry %d, reference %s (nothing new sent)%n",
						s.id(), s.referenceCode());
			}
			service.awaitIdle(Duration.ofSeconds(waitSeconds));
			if (!message.byEmail()) { // SMTP has no delivery receipts
				awaitReceipts(service, s.id(), args.integer("receipt-wait", 5, 0, 3600));
			}
			SentMessage m = service.message(s.id()).orElseThrow();
			print(context, m);
			if (m.state() == OutboxState.FAILED) {
				throw new IllegalStateException("not sent: " + m.lastError());
			}
			if (m.state() == OutboxState.PENDING) {
				context.out().println("still pending: the next notify send run retries it");
			}
			return 0;
		}
	}

	/** Receipts that do not come while bound are handed over by the SMSC at a later bind, and recorded then. */
	private static void awaitReceipts(NotificationService service, long id, int seconds) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		while (System.nanoTime() < end) {
			SentMessage m = service.message(id).orElseThrow();
			if (m.state() != OutboxState.SENT || m.receipts().size() >= m.messageIds().size()) {
				return;
			}
			Thread.sleep(100);
		}
	}

	private static Message message(Args args, String actor) {
		String to = args.required("to");
		String template = args.required("template");
		try {
			return switch (template) {
			case "stop-use" -> Message.stopUse(to, args.required("terminal"), cause(args), actor,
					args.required("approved-by"));
			case "maintenance" -> new Message(to, TemplateId.MAINTENANCE_REMINDER,
					Map.of("terminal", args.required("terminal"), "due", date(args.required("due")).toString()),
					AlertCause.MAINTENANCE_DUE, args.required("terminal"), actor, args.get("approved-by"));
			case "code" -> Message.oneTimeCode(to, code(args.required("code")), 10, actor);
			default -> throw new UsageException("--template is stop-use, maintenance or code, not \"" + template + "\"");
			};
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private static AlertCause cause(Args args) {
		String name = args.required("cause").toUpperCase(Locale.ROOT).replace('-', '_');
		try {
			return AlertCause.valueOf(name);
		} catch (IllegalArgumentException e) {
			throw new UsageException("unknown cause \"" + args.get("cause") + "\"; one of "
					+ Arrays.toString(AlertCause.values()));
		}
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new UsageException("--due must be a date like 2026-12-31, not \"" + text + "\"");
		}
	}

	private static String code(String code) {
		if (!code.matches("[0-9]{4,8}")) {
			throw new UsageException("--code must be 4 to 8 digits");
		}
		return code;
	}

	private int configure(Args args, CliContext context) throws Exception {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		for (String key : NotifyConfiguration.KEYS) {
			if (args.get(key) != null && !key.equals("starttls")) {
				values.put(key, args.get(key).strip());
			}
		}
		if (args.flag("starttls") || args.flag("no-starttls")) {
			values.put("starttls", args.flag("starttls") ? "true" : "");
		}
		NotifyConfiguration configuration = context.service(NotifyConfiguration.class);
		try {
			configuration.store(values);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		configuration.stored().forEach((key, value) -> context.out().printf("%s = %s%n", key, value));
		return 0;
	}

	/** Stays bound to the SMSC and records receipts as they come (and sends what is pending) until stopped. */
	private int listen(Args args, CliContext context) throws Exception {
		int seconds = args.integer("for", 0, 0, Integer.MAX_VALUE);
		NotifyOptions options = new NotifyOptions(context, args);
		try (ReceiptListener.Listening listening = options.listen()) {
			context.out().printf("listening for delivery receipts from %s %s%n", options.smsc(),
					seconds == 0 ? "until stopped" : "for " + seconds + " s");
			context.out().flush();
			long end = seconds == 0 ? Long.MAX_VALUE : System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
			String reported = null;
			while (System.nanoTime() < end) {
				if (listening.lastError() != null && !listening.lastError().equals(reported)) {
					context.out().println("not bound: " + listening.lastError() + " (trying again)");
				}
				reported = listening.lastError();
				Thread.sleep(200);
			}
		}
		context.out().println("stopped listening");
		return 0;
	}

	private int status(Args args, CliContext context) throws Exception {
		String terminal = args.required("terminal");
		try (NotificationService service = context.service(NotificationServiceFactory.class)
				.openReadOnly(new NotifyOptions(context, args).settings(false))) {
			List<SentMessage> messages = service.messagesFor(terminal);
			messages.forEach(m -> print(context, m));
			context.out().printf("%d message(s) about terminal %s%n", messages.size(), terminal);
			return 0;
		}
	}

	private static void print(CliContext context, SentMessage m) {
		context.out().printf("#%d %s %s to %s%s%s: %s (attempts %d%s)%n", m.id(), m.createdAt(), m.template(),
				Recipients.mask(m.recipient()), m.terminal() == null ? "" : " terminal " + m.terminal(),
				m.referenceCode() == null ? "" : " reference " + m.referenceCode(), m.state(), m.attempts(),
				m.lastError() == null ? "" : ", last error: " + m.lastError());
		for (DeliveryReceipt r : m.receipts()) {
			context.out().printf("    receipt %s %s error %s at %s%n", r.messageId(), r.state(), r.error(), r.at());
		}
	}
}
