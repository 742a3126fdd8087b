package io.posestate.notify.smpp.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.InvalidDeliveryReceiptException;

import io.posestate.notify.ChannelException;
import io.posestate.notify.DeliveryReceipt;
import io.posestate.notify.DeliveryState;
import io.posestate.notify.SmsChannel;
import io.posestate.notify.SmscSettings;
import io.posestate.notify.sms.Segment;

/**
 * One SMPP transceiver session to the SMSC: binds on first use and again after the link is lost, submits segments
 * with a request for a delivery receipt, and hands receipts (deliver_sm) on. jsmpp keeps the link alive with
 * enquire_link.
 */
final class SmppChannel implements SmsChannel {
	/** command_status values worth another try later: the SMSC is busy or briefly broken. */
	private static final Set<Integer> RETRYABLE = Set.of(SMPPConstant.STAT_ESME_RTHROTTLED,
			SMPPConstant.STAT_ESME_RMSGQFUL, SMPPConstant.STAT_ESME_RSYSERR, SMPPConstant.STAT_ESME_RX_T_APPN,
			SMPPConstant.STAT_ESME_RSUBMITFAIL, SMPPConstant.STAT_ESME_RUNKNOWNERR);

	private final SmscSettings settings;
	private volatile Consumer<DeliveryReceipt> receipts = r -> {
	};
	private SMPPSession session;
	private boolean closed;

	SmppChannel(SmscSettings settings) {
		this.settings = settings;
	}

	@Override
	public void onReceipt(Consumer<DeliveryReceipt> receipts) {
		this.receipts = receipts;
	}

	@Override
	public void connect() throws ChannelException {
		session();
	}

	/** Binds now unless already bound. */
	synchronized SMPPSession session() throws ChannelException {
		if (closed) {
			throw new ChannelException("the SMPP channel to " + settings + " is closed", -1, true, null);
		}
		if (session != null && session.getSessionState().isBound()) {
			return session;
		}
		if (session != null) {
			session.close();
		}
		SMPPSession s = new SMPPSession();
		s.setEnquireLinkTimer((int) settings.enquireLink().toMillis());
		s.setTransactionTimer(settings.responseTimeout().toMillis());
		s.setMessageReceiverListener(new Receiver());
		try {
			s.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TRX, settings.systemId(),
					settings.password(), "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
					settings.responseTimeout().toMillis());
		} catch (IOException e) {
			s.close();
			if (e.getCause() instanceof NegativeResponseException n) {
				int status = n.getCommandStatus();
				throw new ChannelException("the SMSC refused the bind (" + settings + "): " + statusText(status), status,
						false, null);
			}
			if (e.getCause() instanceof PDUException) { // its message would quote the password
				throw new ChannelException("invalid bind parameters for " + settings
						+ ": SMPP 3.4 allows a system id of up to 15 and a password of up to 8 characters", -1, false, null);
			}
			throw new ChannelException("cannot connect to " + settings + ": " + e.getMessage(), -1, true, e);
		}
		session = s;
		return s;
	}

	@Override
	public String submit(String recipient, Segment segment) throws ChannelException {
		SMPPSession s = session();
		try {
			return s.submitShortMessage("", senderTon(), NumberingPlanIndicator.UNKNOWN, settings.senderId(),
					recipient.startsWith("+") ? TypeOfNumber.INTERNATIONAL : TypeOfNumber.NATIONAL,
					NumberingPlanIndicator.ISDN, recipient.startsWith("+") ? recipient.substring(1) : recipient,
					new ESMClass(segment.udhi() ? 0x40 : 0x00), (byte) 0, (byte) 1, null, null,
					new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
					new RawDataCoding(segment.dataCoding()), (byte) 0, segment.shortMessage()).getMessageId();
		} catch (NegativeResponseException e) {
			int status = e.getCommandStatus();
			throw new ChannelException("the SMSC refused segment " + segment.sequence() + "/" + segment.total() + ": "
					+ statusText(status), status, RETRYABLE.contains(status), null);
		} catch (PDUException e) {
			throw new ChannelException("cannot encode segment " + segment.sequence() + " for "
					+ io.posestate.notify.Recipients.mask(recipient) + " (invalid address or sender id)", -1, false, null);
		} catch (ResponseTimeoutException | InvalidResponseException | IOException e) {
			drop(s);
			throw new ChannelException("no valid answer from " + settings + " to segment " + segment.sequence() + ": "
					+ e.getMessage(), -1, true, e);
		}
	}

	private TypeOfNumber senderTon() {
		return settings.senderId().matches("\\+?[0-9]+") ? TypeOfNumber.UNKNOWN : TypeOfNumber.ALPHANUMERIC;
	}

	private synchronized void drop(SMPPSession s) {
		if (session == s) {
			session = null;
		}
		s.close();
	}

	@Override
	public synchronized void close() {
		closed = true;
		if (session != null) {
			if (session.getSessionState().isBound()) {
				session.unbindAndClose();
			} else {
				session.close();
			}
			session = null;
		}
	}

	static String statusText(int status) {
		String name = switch (status) {
		case SMPPConstant.STAT_ESME_RINVPASWD -> "ESME_RINVPASWD, invalid password";
		case SMPPConstant.STAT_ESME_RINVSYSID -> "ESME_RINVSYSID, invalid system id";
		case SMPPConstant.STAT_ESME_RBINDFAIL -> "ESME_RBINDFAIL, bind failed";
		case SMPPConstant.STAT_ESME_RTHROTTLED -> "ESME_RTHROTTLED, throttled";
		case SMPPConstant.STAT_ESME_RMSGQFUL -> "ESME_RMSGQFUL, message queue full";
		case SMPPConstant.STAT_ESME_RSYSERR -> "ESME_RSYSERR, system error";
		case SMPPConstant.STAT_ESME_RINVDSTADR -> "ESME_RINVDSTADR, invalid destination address";
		case SMPPConstant.STAT_ESME_RINVSRCADR -> "ESME_RINVSRCADR, invalid source address";
		case SMPPConstant.STAT_ESME_RSUBMITFAIL -> "ESME_RSUBMITFAIL, submit failed";
		default -> "command_status";
		};
		return name + String.format(" (0x%08X)", status);
	}

	static DeliveryState state(org.jsmpp.util.DeliveryReceiptState state) {
		return switch (state) {
		case DELIVRD -> DeliveryState.DELIVERED;
		case EXPIRED -> DeliveryState.EXPIRED;
		case DELETED -> DeliveryState.DELETED;
		case UNDELIV -> DeliveryState.UNDELIVERABLE;
		case ACCEPTD, ENROUTE -> DeliveryState.ACCEPTED;
		case REJECTD -> DeliveryState.REJECTED;
		default -> DeliveryState.UNKNOWN;
		};
	}

	private final class Receiver implements MessageReceiverListener {
		@Override
		public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
			if (!deliverSm.isSmscDeliveryReceipt()) {
				return; // mobile-originated messages are not handled here
			}
			try {
				org.jsmpp.bean.DeliveryReceipt r = deliverSm.getShortMessageAsDeliveryReceipt();
				receipts.accept(new DeliveryReceipt(r.getId(), state(r.getFinalStatus()),
						r.getError() == null ? "000" : r.getError(), Instant.now()));
			} catch (InvalidDeliveryReceiptException e) {
				throw new ProcessRequestException("unreadable delivery receipt: " + e.getMessage(),
						SMPPConstant.STAT_ESME_RX_P_APPN);
			}
		}

		@Override
		public void onAcceptAlertNotification(AlertNotification alertNotification) {
		}

		@Override
		public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
			throw new ProcessRequestException("data_sm is not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}
	}
}
