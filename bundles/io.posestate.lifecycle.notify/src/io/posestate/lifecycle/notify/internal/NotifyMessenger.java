package io.posestate.lifecycle.notify.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.posestate.lifecycle.MessageReceipt;
import io.posestate.lifecycle.spi.Handover;
import io.posestate.lifecycle.spi.MerchantMessage;
import io.posestate.lifecycle.spi.MerchantMessenger;
import io.posestate.notify.AlertCause;
import io.posestate.notify.ChannelException;
import io.posestate.notify.DeliveryReceipt;
import io.posestate.notify.Message;
import io.posestate.notify.NotificationService;
import io.posestate.notify.NotificationServiceFactory;
import io.posestate.notify.NotifyConfiguration;
import io.posestate.notify.NotifySettings;
import io.posestate.notify.OutboxState;
import io.posestate.notify.SentMessage;
import io.posestate.notify.ReceiptListener;
import io.posestate.notify.Submission;
import io.posestate.notify.TemplateId;

/**
 * The lifecycle's merchant messages as SMS through the notification service: S1 one-time codes to the new number,
 * S2 stop-use alerts (terminal, cause, reference code, official service number, never a link; maintenance as a
 * reminder), queued in the outbox of the case's own store with the configured SMSC and key, through a resident
 * receiver that stays bound (so receipts are recorded as they come). A message is handed over when the outbox holds
 * it; the step then waits a little for the SMSC to accept it, so that the case records SENT when it was, else QUEUED
 * (the outbox keeps trying).
 */
@Component(service = MerchantMessenger.class)
public final class NotifyMessenger implements MerchantMessenger {
    static final String CHANNEL = "SMPP";
    /** How long a step waits for the SMSC to accept its message before recording it QUEUED. */
    private static final Duration ACCEPT_WAIT = Duration.ofSeconds(15);
    /** Maintenance reminders name a date to have the terminal serviced by. */
    private static final int MAINTENANCE_DAYS = 30;

    @Reference
    private NotificationServiceFactory services;
    @Reference
    private ReceiptListener receivers;
    @Reference
    private NotifyConfiguration configuration;

    /**
     * One resident receiver per store, started on first use and closed with the component: it sends, and records
     * receipts as they come while the lifecycle runs.
     */
    private final Map<String, Open> open = new HashMap<>();

    private record Open(ReceiptListener.Listening receiver, NotifySettings settings) {
        NotificationService service() {
            return receiver.service();
        }
    }

    @Override
    public Handover send(String store, MerchantMessage m) {
        Message message = switch (m.kind()) {
            case ONE_TIME_CODE -> Message.oneTimeCode(m.recipient(), m.code(), m.minutes(), m.actor());
            case STOP_USE_ALERT -> alert(m);
        };
        NotificationService service = sending(store).service();
        Submission s = service.submit(message);
        SentMessage sent = awaitAccepted(service, s.id());
        return new Handover(CHANNEL, Long.toString(s.id()), sent.text(), sent.referenceCode(), switch (sent.state()) {
            case SENT -> "SENT";
            case FAILED -> "FAILED";
            case PENDING -> "QUEUED";
        });
    }

    private static Message alert(MerchantMessage m) {
        AlertCause cause;
        try {
            cause = AlertCause.valueOf(m.cause());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no alert cause " + m.cause() + "; one of " + List.of(AlertCause.values()));
        }
        if (cause == AlertCause.MAINTENANCE_DUE) {
            return new Message(m.recipient(), TemplateId.MAINTENANCE_REMINDER, Map.of("terminal", m.terminal(), "due",
                    LocalDate.now(ZoneOffset.UTC).plusDays(MAINTENANCE_DAYS).toString()), cause, m.terminal(),
                    m.actor(), m.approvedBy());
        }
        return Message.stopUse(m.recipient(), m.terminal(), cause, m.actor(), m.approvedBy());
    }

    private static SentMessage awaitAccepted(NotificationService service, long id) {
        long end = System.nanoTime() + ACCEPT_WAIT.toNanos();
        try {
            while (true) {
                SentMessage sent = service.message(id).orElseThrow();
                if (sent.state() != OutboxState.PENDING || System.nanoTime() > end) {
                    return sent;
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return service.message(id).orElseThrow();
        }
    }

    @Override
    public List<MessageReceipt> receipts(String store, String messageRef) {
        Open o;
        synchronized (open) {
            o = open.get(Objects.toString(store, ""));
        }
        if (o != null) {
            return receipts(o.service(), o.settings(), messageRef);
        }
        NotifySettings settings = configuration.settings(store, Map.of(), false);
        try (NotificationService readOnly = services.openReadOnly(settings)) {
            return receipts(readOnly, settings, messageRef);
        }
    }

    private static List<MessageReceipt> receipts(NotificationService service, NotifySettings settings, String ref) {
        return service.message(Long.parseLong(ref)).map(SentMessage::receipts).orElse(List.of()).stream()
                .map(r -> receipt(ref, r, settings.unknownNumberErrors())).toList();
    }

    /** A receipt as the lifecycle records it. */
    static MessageReceipt receipt(String messageRef, DeliveryReceipt r, Set<String> unknownNumberErrors) {
        String status = switch (r.state()) {
            case DELIVERED -> "DELIVERED";
            case EXPIRED -> "EXPIRED";
            case ACCEPTED -> "ACCEPTED";
            case UNDELIVERABLE, REJECTED -> unknownNumberErrors.contains(r.error()) ? "UNKNOWN_NUMBER" : "FAILED";
            case DELETED, UNKNOWN -> "FAILED";
        };
        return new MessageReceipt(CHANNEL, messageRef, r.messageId(), status, r.state() + " error " + r.error(), r.at());
    }

    /** The sending service of a store, opened on first use. */
    private Open sending(String store) {
        String key = Objects.toString(store, "");
        synchronized (open) {
            Open o = open.get(key);
            if (o == null) {
                NotifySettings settings = configuration.settings(store, Map.of(), true);
                try {
                    o = new Open(receivers.listen(store, Map.of()), settings);
                } catch (ChannelException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
                open.put(key, o);
            }
            return o;
        }
    }

    @Deactivate
    void deactivate() {
        synchronized (open) {
            open.values().forEach(o -> o.receiver().close());
            open.clear();
        }
    }
}
