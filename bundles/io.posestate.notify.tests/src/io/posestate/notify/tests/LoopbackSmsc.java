package io.posestate.notify.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

import io.posestate.notify.sms.Reassembler;
import io.posestate.notify.sms.Segment;

/**
 * A real SMPP server on loopback (jsmpp's server side) standing in for the acquirer's SMSC: checks the password,
 * can throttle or stall submits, answers with delivery receipts and reassembles what handsets would show.
 */
final class LoopbackSmsc implements AutoCloseable {
	static final String SYSTEM_ID = "posestate";
	static final String PASSWORD = "s3cretpw";

	/** One submit_sm as received. */
	record Received(String destination, String source, byte dataCoding, boolean udhi, byte[] shortMessage,
			String messageId, long atNanos) {
	}

	final int port;
	private final SMPPServerSessionListener listener;
	private final Listener receiver = new Listener();
	private final ExecutorService acceptor = Executors.newSingleThreadExecutor();
	private final ScheduledExecutorService receipts = Executors.newSingleThreadScheduledExecutor();
	private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
	final List<Received> received = new CopyOnWriteArrayList<>();
	private final List<String> messages = Collections.synchronizedList(new ArrayList<>());
	private final Reassembler reassembler = new Reassembler();
	private final AtomicInteger ids = new AtomicInteger(1000);
	final AtomicInteger binds = new AtomicInteger();
	final AtomicInteger rejectedBinds = new AtomicInteger();
	final AtomicInteger enquireLinks = new AtomicInteger();
	/** Submits to answer ESME_RTHROTTLED before accepting again. */
	final AtomicInteger throttle = new AtomicInteger();
	/** The n-th submit (1-based) is received and then left without an answer until {@link #release} opens. */
	volatile int stallAt = -1;
	final CountDownLatch stalled = new CountDownLatch(1);
	final CountDownLatch release = new CountDownLatch(1);
	private final AtomicInteger submits = new AtomicInteger();
	/** How long after a submit its receipt is sent. */
	volatile long receiptDelayMillis = 30;
	/**
	 * Store and forward, as a real SMSC does: a receipt whose session is gone goes to another bound session of the
	 * account, or waits for the next bind. Off: such a receipt is dropped.
	 */
	volatile boolean holdReceipts;
	/** Receipts waiting for a bound session: {destination, message id, state, error}. */
	final List<String[]> held = new CopyOnWriteArrayList<>();
	/** Receipt per destination as {state, error}; DELIVRD/000 when absent. */
	final Map<String, String[]> receiptFor = new ConcurrentHashMap<>();

	LoopbackSmsc() throws IOException {
		this.port = freePort();
		listener = new SMPPServerSessionListener(port);
		listener.setMessageReceiverListener(receiver);
		acceptor.submit(this::acceptLoop);
		receipts.scheduleWithFixedDelay(this::forwardHeld, 200, 200, TimeUnit.MILLISECONDS);
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	private void acceptLoop() {
		while (true) {
			try {
				SMPPServerSession session = listener.accept();
				sessions.add(session);
				BindRequest bind = session.waitForBind(5000);
				if (SYSTEM_ID.equals(bind.getSystemId()) && PASSWORD.equals(bind.getPassword())) {
					bind.accept("loopback-smsc");
					binds.incrementAndGet();
				} else {
					rejectedBinds.incrementAndGet();
					bind.reject(SMPPConstant.STAT_ESME_RINVPASWD);
				}
			} catch (Exception e) {
				if (acceptor.isShutdown()) {
					return;
				}
			}
		}
	}

	/** Whole texts as a handset would show them (a part received twice counts once). */
	List<String> messages() {
		synchronized (messages) {
			return List.copyOf(messages);
		}
	}

	int duplicateParts() {
		synchronized (reassembler) {
			return reassembler.duplicates();
		}
	}

	/** Drops every client link, as an SMSC restart would. */
	void dropSessions() {
		for (SMPPServerSession s : sessions) {
			s.close();
		}
		sessions.clear();
	}

	/** Held receipts go to a bound session of the account as soon as there is one. */
	private void forwardHeld() {
		for (String[] h : held) {
			SMPPServerSession bound = sessions.stream().filter(s -> s.getSessionState().isBound()).findFirst()
					.orElse(null);
			if (bound == null || !receiver.sendReceipt(bound, h[0], h[1], new String[] { h[2], h[3] })) {
				return;
			}
			held.remove(h);
		}
	}

	/** Sends a receipt on its session, or (holding receipts) on another bound one, or keeps it for the next bind. */
	private void forward(SMPPServerSession session, String destination, String messageId, String[] receipt) {
		SMPPServerSession target = session;
		if (holdReceipts && !session.getSessionState().isBound()) {
			target = sessions.stream().filter(s -> s.getSessionState().isBound()).findFirst().orElse(null);
		}
		if ((target == null || !receiver.sendReceipt(target, destination, messageId, receipt)) && holdReceipts) {
			held.add(new String[] { destination, messageId, receipt[0], receipt[1] });
		}
	}

	private final class Listener implements ServerMessageReceiverListener {
		@Override
		public void onAcceptEnquireLink(org.jsmpp.bean.EnquireLink enquireLink, Session source) {
			enquireLinks.incrementAndGet();
		}

		@Override
		public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
				throws ProcessRequestException {
			if (throttle.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
				throw new ProcessRequestException("throttled", SMPPConstant.STAT_ESME_RTHROTTLED);
			}
			int n = submits.incrementAndGet();
			String messageId = Integer.toHexString(ids.incrementAndGet());
			boolean udhi = (submitSm.getEsmClass() & 0x40) != 0;
			received.add(new Received(submitSm.getDestAddress(), submitSm.getSourceAddr(), submitSm.getDataCoding(),
					udhi, submitSm.getShortMessage(), messageId, System.nanoTime()));
			Segment segment = Segment.parse(submitSm.getDataCoding(), submitSm.getShortMessage(), udhi);
			synchronized (reassembler) {
				reassembler.add(submitSm.getDestAddress(), segment).ifPresent(messages::add);
			}
			if (n == stallAt) {
				stalled.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				throw new ProcessRequestException("stalled", SMPPConstant.STAT_ESME_RSYSERR);
			}
			String[] receipt = receiptFor.getOrDefault(submitSm.getDestAddress(), new String[] { "DELIVRD", "000" });
			String destination = submitSm.getDestAddress();
			receipts.schedule(() -> forward(source, destination, messageId, receipt), receiptDelayMillis,
					TimeUnit.MILLISECONDS);
			try {
				return new SubmitSmResult(new MessageId(messageId), null);
			} catch (Exception e) {
				throw new ProcessRequestException(e.getMessage(), SMPPConstant.STAT_ESME_RSYSERR);
			}
		}

		private boolean sendReceipt(SMPPServerSession session, String destination, String messageId, String[] receipt) {
			DeliveryReceipt r = new DeliveryReceipt(messageId, 1, "DELIVRD".equals(receipt[0]) ? 1 : 0, new Date(),
					new Date(), DeliveryReceiptState.valueOf(receipt[0]), receipt[1], "");
			try {
				session.deliverShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, destination,
						TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "", new ESMClass(
								MessageType.SMSC_DEL_RECEIPT.value()),
						(byte) 0, (byte) 0, new RegisteredDelivery(0), new GeneralDataCoding(),
						r.toString().getBytes(StandardCharsets.US_ASCII));
				return true;
			} catch (Exception e) {
				return false; // the client went away
			}
		}

		@Override
		public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
				throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}

		@Override
		public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}

		@Override
		public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}

		@Override
		public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}

		@Override
		public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
				throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}

		@Override
		public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
				throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}

		@Override
		public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
				SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}

		@Override
		public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}
	}

	@Override
	public void close() throws IOException {
		release.countDown();
		acceptor.shutdownNow();
		receipts.shutdownNow();
		for (SMPPServerSession s : sessions) {
			s.close();
		}
		listener.close();
	}
}
