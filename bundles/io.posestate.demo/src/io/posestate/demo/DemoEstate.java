package io.posestate.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import io.posestate.exchange.ConnectionType;
import io.posestate.exchange.Cvm;
import io.posestate.exchange.EntryMode;
import io.posestate.exchange.EstateCsvWriter;
import io.posestate.exchange.EstateFile;
import io.posestate.exchange.LicensedAcquirerRow;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.MerchantStatus;
import io.posestate.exchange.PhoneSource;
import io.posestate.exchange.PhoneStatus;
import io.posestate.exchange.PhoneStatusRow;
import io.posestate.exchange.Scheme;
import io.posestate.exchange.TerminalRow;
import io.posestate.exchange.TerminalState;
import io.posestate.exchange.TransactionRow;
import io.posestate.exchange.TxnResult;

/**
 * A realistic, deterministic estate written as the five interchange files: merchants with Chinese and Latin
 * names, several vendors and models, terminals in every state, and transactions that carry one planted case of
 * each audit rule at fixed rates. Every entity draws from its own random stream seeded by (seed, index), so the
 * files are streamed without holding the estate in memory and the same seed always gives the same bytes.
 */
public final class DemoEstate {

	/** The anomalies planted, by the audit rule that should find them. */
	public enum Anomaly {
		CODE_JUMP, RELOCATED, UNSIGNED, DUPLICATE_SIGNATURE, DORMANT, FAILURE_SPIKE, CANCELLED_PHONE,
		UNLICENSED_ACQUIRER, UNKNOWN_TERMINAL
	}

	/**
	 * @param terminals             how many terminals (merchants are a third of that)
	 * @param seed                  the random seed
	 * @param transactionsPerTerminal transactions of an ordinary active terminal (0 writes an empty transactions file)
	 * @param asOf                  the audit date the data is built around
	 */
	public record Options(int terminals, long seed, int transactionsPerTerminal, LocalDate asOf) {
		public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 1);

		public Options {
			if (terminals < 1) {
				throw new IllegalArgumentException("a demo estate needs at least one terminal, not " + terminals);
			}
			if (transactionsPerTerminal < 0) {
				throw new IllegalArgumentException("transactions per terminal cannot be negative");
			}
		}

		public static Options demo(int terminals, long seed) {
			return new Options(terminals, seed, 12, DEFAULT_AS_OF);
		}

		public int merchants() {
			return Math.max(1, (int) Math.ceil(terminals * 0.33));
		}
	}

	/** What was written; the maps iterate in enum order. */
	public record Summary(int merchants, int terminals, long transactions, int phoneStatusRows,
			Map<TerminalState, Integer> terminalsByState, Map<Anomaly, Integer> planted, LocalDate asOf) {
	}

	static final String[][] ACQUIRERS = { // institution digits, acquirer code, name, licence
			{ "102", "ACQ102", "华夏收单服务有限公司", "Z2004944000010" },
			{ "303", "ACQ303", "Lotus Merchant Services Co., Ltd.", "Z2012531000013" },
			{ "401", "ACQ401", "银联商务股份有限公司", "Z2000133000019" },
			{ "485", "ACQ485", "Pearl River Payments Ltd.", "Z2016144000027" } };
	/** Settles through an unlicensed second-level clearer: never in licensed_acquirers.csv. */
	static final String[] UNLICENSED = { "909", "ACQ909" };
	static final String[][] REGIONS = { // code, Chinese city, Latin city
			{ "1100", "北京", "Beijing" }, { "3100", "上海", "Shanghai" }, { "4401", "广州", "Guangzhou" },
			{ "4403", "深圳", "Shenzhen" }, { "5101", "成都", "Chengdu" }, { "3301", "杭州", "Hangzhou" },
			{ "4201", "武汉", "Wuhan" }, { "6101", "西安", "Xi'an" }, { "3201", "南京", "Nanjing" },
			{ "1200", "天津", "Tianjin" }, { "5000", "重庆", "Chongqing" }, { "3502", "厦门", "Xiamen" } };
	static final String[][] MCCS = { // code, Chinese kind, Latin kind
			{ "5812", "餐厅", "Restaurant" }, { "5411", "超市", "Supermarket" }, { "5311", "百货", "Department Store" },
			{ "5499", "便利店", "Convenience Store" }, { "7011", "酒店", "Hotel" }, { "5732", "电器行", "Electronics" },
			{ "5912", "药房", "Pharmacy" }, { "4121", "出租车", "Taxi" }, { "5941", "体育用品", "Sporting Goods" },
			{ "5977", "化妆品店", "Cosmetics" } };
	static final String[] ZH_WORDS = { "福满", "金龙", "好运", "鑫源", "华联", "天天", "老王", "聚丰", "如意", "长青", "新世纪", "百佳" };
	static final String[] LATIN_WORDS = { "Golden Lotus", "Jade Garden", "Red Lantern", "Harbour View", "Silk Road",
			"Bamboo House", "Pearl", "Lucky Star", "Blue Sky", "Morning Dew", "Wang's \"Best\"", "Li, Chen & Sons" };
	static final String[] STREETS = { "人民路", "中山路", "解放路", "建设路", "和平街", "南京东路" };

	/** vendor, model, connections it ships with, firmware. */
	record Model(String vendor, String model, ConnectionType[] connections, String firmware) {
	}

	static final Model[] MODELS = {
			new Model("PAX", "A920", new ConnectionType[] { ConnectionType.CELLULAR, ConnectionType.WIFI }, "PayDroid 8.1.2"),
			new Model("PAX", "S300", new ConnectionType[] { ConnectionType.ETHERNET }, "Prolin 2.4.7"),
			new Model("Newland", "N910", new ConnectionType[] { ConnectionType.CELLULAR, ConnectionType.WIFI }, "NLOS 5.3.0"),
			new Model("Newland", "ME31", new ConnectionType[] { ConnectionType.BLUETOOTH }, "ME31-2.1.9"),
			new Model("Sunmi", "P2", new ConnectionType[] { ConnectionType.CELLULAR, ConnectionType.WIFI }, "SunmiOS 3.0.11"),
			new Model("Sunmi", "P1 mini", new ConnectionType[] { ConnectionType.BLUETOOTH, ConnectionType.WIFI }, "SunmiOS 2.9.4"),
			new Model("Verifone", "V200c", new ConnectionType[] { ConnectionType.ETHERNET, ConnectionType.DIALUP }, "VOS2 4.2.0"),
			new Model("Ingenico", "Move/5000", new ConnectionType[] { ConnectionType.CELLULAR, ConnectionType.BLUETOOTH }, "Tetra 11.16.05") };

	private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

	private final Options options;
	private final int merchants;
	private final int combos = ACQUIRERS.length * REGIONS.length * MCCS.length;
	private final Map<Anomaly, Integer> planted = new EnumMap<>(Anomaly.class);
	private final Map<TerminalState, Integer> byState = new EnumMap<>(TerminalState.class);

	private DemoEstate(Options options) {
		this.options = options;
		this.merchants = options.merchants();
		if (merchants / combos >= 10_000) {
			throw new IllegalArgumentException("at most " + (combos * 10_000L * 3) + " terminals fit the demo numbering");
		}
	}

	/** Writes the five files into {@code dir} (created if needed) and says what they hold. */
	public static Summary generate(Options options, Path dir) throws IOException {
		Files.createDirectories(dir);
		return new DemoEstate(options).write(dir);
	}

	private Summary write(Path dir) throws IOException {
		try (var w = EstateCsvWriter.licensedAcquirers(dir.resolve(EstateFile.LICENSED_ACQUIRERS.fileName()))) {
			for (String[] a : ACQUIRERS) {
				w.write(new LicensedAcquirerRow(a[1], a[2], a[3]));
			}
		}
		try (var w = EstateCsvWriter.merchants(dir.resolve(EstateFile.MERCHANTS.fileName()))) {
			for (int i = 0; i < merchants; i++) {
				w.write(merchant(i));
			}
		}
		int phoneRows = writePhoneStatus(dir);
		try (var w = EstateCsvWriter.terminals(dir.resolve(EstateFile.TERMINALS.fileName()))) {
			for (int j = 0; j < options.terminals(); j++) {
				TerminalRow t = terminal(j);
				byState.merge(t.state(), 1, Integer::sum);
				w.write(t);
			}
		}
		long txns;
		try (var w = EstateCsvWriter.transactions(dir.resolve(EstateFile.TRANSACTIONS.fileName()))) {
			if (options.transactionsPerTerminal() > 0) {
				for (int j = 0; j < options.terminals(); j++) {
					writeTransactions(j, w);
				}
				writeUnknownTerminal(w);
			}
			txns = w.rowsWritten();
		}
		return new Summary(merchants, options.terminals(), txns, phoneRows, Collections.unmodifiableMap(byState),
				Collections.unmodifiableMap(planted),
				options.asOf());
	}

	// ---- merchants -------------------------------------------------------------------------------------------

	private SplittableRandom random(int kind, long index) {
		return new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + kind * 0x632BE59BD9B4E019L + index);
	}

	private int combo(int i) {
		return (int) ((i * 7919L) % combos);
	}

	String merchantNo(int i) {
		int c = combo(i);
		String institution = ACQUIRERS[c % ACQUIRERS.length][0];
		if (unlicensed(i)) {
			institution = UNLICENSED[0];
		}
		return institution + region(i)[0] + mcc(i)[0] + String.format("%04d", i / combos);
	}

	String[] region(int i) {
		return REGIONS[(combo(i) / ACQUIRERS.length) % REGIONS.length];
	}

	String[] mcc(int i) {
		return MCCS[combo(i) / (ACQUIRERS.length * REGIONS.length)];
	}

	private boolean unlicensed(int i) {
		return i % 97 == 13;
	}

	private boolean cancelledPhone(int i) {
		return i % 67 == 4;
	}

	static String phone(int i) {
		return String.format("138%08d", i);
	}

	private MerchantRow merchant(int i) {
		SplittableRandom r = random(1, i);
		String[] region = region(i);
		String[] mcc = mcc(i);
		boolean chinese = r.nextInt(10) < 6;
		String name = chinese ? region[1] + pick(r, ZH_WORDS) + mcc[1]
				: pick(r, LATIN_WORDS) + " " + mcc[2] + " " + region[2];
		String address = chinese ? region[1] + "市" + pick(r, STREETS) + (1 + r.nextInt(800)) + "号"
				: (1 + r.nextInt(800)) + " Zhongshan Road, " + region[2];
		int contacts = r.nextInt(10); // 0: neither backup contact
		String backup = contacts >= 3 ? String.format("139%08d", i) : null;
		String email = contacts >= 1 && contacts % 2 == 1 ? "m" + i + "@example.cn" : null;
		int s = r.nextInt(100);
		MerchantStatus status = s < 94 ? MerchantStatus.ACTIVE : s < 98 ? MerchantStatus.SUSPENDED : MerchantStatus.CLOSED;
		String acquirerCode = unlicensed(i) ? UNLICENSED[1] : ACQUIRERS[combo(i) % ACQUIRERS.length][1];
		if (unlicensed(i)) {
			plant(Anomaly.UNLICENSED_ACQUIRER);
		}
		String account = "6222" + String.format("%015d", Math.floorMod(r.nextLong(), 1_000_000_000_000_000L));
		return new MerchantRow(merchantNo(i), name, mcc[0], region[0], acquirerCode, account, phone(i), backup, email,
				address, status);
	}

	/** Carrier and SMS-receipt notices; for some numbers an older ACTIVE row precedes the CANCELLED one. */
	private int writePhoneStatus(Path dir) throws IOException {
		try (var w = EstateCsvWriter.phoneStatus(dir.resolve(EstateFile.PHONE_STATUS.fileName()))) {
			LocalDate asOf = options.asOf();
			for (int i = 0; i < merchants; i++) {
				if (cancelledPhone(i)) {
					if (i % 2 == 0) {
						w.write(new PhoneStatusRow(phone(i), PhoneStatus.ACTIVE, asOf.minusDays(200), PhoneSource.CARRIER));
					}
					w.write(new PhoneStatusRow(phone(i), PhoneStatus.CANCELLED, asOf.minusDays(3 + i % 20),
							i % 3 == 0 ? PhoneSource.SMS_RECEIPT : PhoneSource.CARRIER));
					plant(Anomaly.CANCELLED_PHONE);
				} else if (i % 67 == 30) { // cancelled once, re-activated since: the latest row wins
					w.write(new PhoneStatusRow(phone(i), PhoneStatus.CANCELLED, asOf.minusDays(90), PhoneSource.CARRIER));
					w.write(new PhoneStatusRow(phone(i), PhoneStatus.ACTIVE, asOf.minusDays(10), PhoneSource.ANALYST));
				}
			}
			return (int) w.rowsWritten();
		}
	}

	// ---- terminals -------------------------------------------------------------------------------------------

	private static final TerminalState[] RARE_STATES = { TerminalState.IN_STOCK, TerminalState.SHIPPED,
			TerminalState.SUSPENDED, TerminalState.IN_REPAIR, TerminalState.DEACTIVATION_REQUESTED,
			TerminalState.RETURNED, TerminalState.DECOMMISSIONED };

	/** Eight terminals in ten are ACTIVE; the first seven cover every other state. */
	private TerminalState state(int j, SplittableRandom r) {
		if (j < RARE_STATES.length) {
			return RARE_STATES[j];
		}
		int s = r.nextInt(100);
		return s < 80 ? TerminalState.ACTIVE : RARE_STATES[s % RARE_STATES.length];
	}

	private int merchantOf(int j) {
		return (int) ((j * 2654435761L) % merchants);
	}

	static String serial(Model m, int j) {
		return m.vendor().toUpperCase().substring(0, 3) + "-" + m.model().replaceAll("[^A-Za-z0-9]", "") + "-"
				+ String.format("%07d", j);
	}

	private Model model(int j) {
		return MODELS[(int) ((j * 31L + options.seed()) & 0x7fffffff) % MODELS.length];
	}

	private TerminalRow terminal(int j) {
		SplittableRandom r = random(2, j);
		Model m = model(j);
		TerminalState state = state(j, r);
		ConnectionType connection = m.connections()[r.nextInt(m.connections().length)];
		if (state == TerminalState.IN_STOCK) {
			return new TerminalRow(serial(m, j), m.vendor(), m.model(), connection, m.firmware(), null, state, null, null);
		}
		int i = merchantOf(j);
		LocalDate activated = state == TerminalState.SHIPPED ? null : activatedAt(j, r);
		return new TerminalRow(serial(m, j), m.vendor(), m.model(), connection, m.firmware(), merchantNo(i), state,
				region(i)[0], activated);
	}

	private boolean dormant(int j) {
		return j % 41 == 9;
	}

	private LocalDate activatedAt(int j, SplittableRandom r) {
		if (dormant(j)) { // warning and critical dormancy alternate
			return options.asOf().minusDays((j / 41) % 2 == 0 ? 120 + r.nextInt(200) : 400 + r.nextInt(300));
		}
		return options.asOf().minusDays(60 + r.nextInt(900));
	}

	// ---- transactions ----------------------------------------------------------------------------------------

	private static final String[] RESPONSE = { "00", "05", "96", "00" };

	private void writeTransactions(int j, EstateCsvWriter<TransactionRow> w) throws IOException {
		SplittableRandom tr = random(2, j);
		TerminalRow t = terminal(j);
		if (t.state() != TerminalState.ACTIVE || dormant(j)) {
			if (t.state() == TerminalState.ACTIVE) {
				plant(Anomaly.DORMANT);
			}
			return;
		}
		SplittableRandom r = random(3, j);
		int n = options.transactionsPerTerminal();
		long base = options.asOf().atStartOfDay().toEpochSecond(CHINA);
		for (int k = 0; k < n; k++) {
			long at = base - 1 - r.nextLong(60L * 86_400);
			w.write(ordinary(t, j, k, at, r));
		}
		String other = merchantNo(merchantOf(j + 1));
		if (j % 53 == 7) { // reported under another merchant with another region or MCC
			String jumped = !other.substring(3, 11).equals(t.merchantNo().substring(3, 11)) ? other
					: t.merchantNo().substring(0, 3) + "9999" + t.merchantNo().substring(7);
			for (int k = 0; k < 2; k++) {
				w.write(copy(ordinary(t, j, n + k, base - 3600L * (k + 5), r), jumped, null, null, null));
			}
			plant(Anomaly.CODE_JUMP);
		} else if (j % 53 == 8) { // same institution, region and MCC: only the sequence differs
			String seq = String.format("%04d", (Integer.parseInt(t.merchantNo().substring(11)) + 1) % 10_000);
			w.write(copy(ordinary(t, j, n, base - 7200, r), t.merchantNo().substring(0, 11) + seq, null, null, null));
			plant(Anomaly.CODE_JUMP);
		}
		if (j % 61 == 5) { // used away from where it was deployed
			String elsewhere = REGIONS[(indexOfRegion(t.deployedRegion()) + 1) % REGIONS.length][0];
			for (int k = 0; k < 3; k++) {
				TransactionRow o = ordinary(t, j, n + 10 + k, base - 86_400L * (k + 1), r);
				w.write(new TransactionRow(o.txnId(), o.time(), o.serialNumber(), o.merchantNo(), elsewhere,
						o.amountCents(), o.currency(), o.scheme(), o.entry(), o.cvm(), o.signatureRef(),
						TxnResult.APPROVED, "00"));
			}
			plant(Anomaly.RELOCATED);
		}
		if (j % 47 == 3) { // large amounts with no cardholder verification; exactly at the limit is allowed
			w.write(copy(ordinary(t, j, n + 20, base - 5000, r), null, 100_001L, Cvm.NONE, ""));
			w.write(copy(ordinary(t, j, n + 21, base - 9000, r), null, 258_800L, Cvm.NONE, ""));
			w.write(copy(ordinary(t, j, n + 22, base - 9500, r), null, 100_000L, Cvm.NONE, ""));
			plant(Anomaly.UNSIGNED);
		}
		if (j % 89 == 11) { // one captured signature reused on two transactions
			String sig = "SIG-DUP-" + j;
			w.write(copy(ordinary(t, j, n + 30, base - 20_000, r), null, 150_000L, Cvm.SIGNATURE, sig));
			w.write(copy(ordinary(t, j, n + 31, base - 10_000, r), null, 162_000L, Cvm.SIGNATURE, sig));
			plant(Anomaly.DUPLICATE_SIGNATURE);
		}
		if (j % 101 == 17) { // a day of failures: 24 transactions, 14 of them FAILED
			long day = base - 86_400L * (2 + tr.nextInt(20)) + 9 * 3600;
			for (int k = 0; k < 24; k++) {
				TransactionRow o = ordinary(t, j, n + 40 + k, day + 600L * k, r);
				boolean failed = k < 14;
				w.write(new TransactionRow(o.txnId(), o.time(), o.serialNumber(), o.merchantNo(), o.locationRegion(),
						o.amountCents(), o.currency(), o.scheme(), o.entry(), o.cvm(), o.signatureRef(),
						failed ? TxnResult.FAILED : TxnResult.APPROVED, failed ? "96" : "00"));
			}
			plant(Anomaly.FAILURE_SPIKE);
		}
	}

	private static int indexOfRegion(String code) {
		for (int k = 0; k < REGIONS.length; k++) {
			if (REGIONS[k][0].equals(code)) {
				return k;
			}
		}
		return 0;
	}

	/** The same transaction under another merchant number, amount, verification or signature. */
	private static TransactionRow copy(TransactionRow o, String merchantNo, Long cents, Cvm cvm, String sig) {
		return new TransactionRow(o.txnId(), o.time(), o.serialNumber(), merchantNo != null ? merchantNo : o.merchantNo(),
				o.locationRegion(), cents != null ? cents : o.amountCents(), o.currency(), o.scheme(), o.entry(),
				cvm != null ? cvm : o.cvm(), sig != null ? (sig.isEmpty() ? null : sig) : o.signatureRef(),
				TxnResult.APPROVED, "00");
	}

	private TransactionRow ordinary(TerminalRow t, int j, int k, long epochSecond, SplittableRandom r) {
		long cents = r.nextInt(10) == 0 ? 100_000 + r.nextInt(400_000) : 500 + r.nextInt(80_000);
		int s = r.nextInt(100);
		Scheme scheme = s < 70 ? Scheme.UNIONPAY : s < 80 ? Scheme.VISA : s < 90 ? Scheme.MASTERCARD
				: s < 94 ? Scheme.JCB : s < 97 ? Scheme.AMEX : Scheme.OTHER;
		EntryMode entry = EntryMode.values()[r.nextInt(4)];
		Cvm cvm;
		String sig = null;
		if (cents > 100_000) {
			cvm = r.nextBoolean() ? Cvm.PIN : Cvm.SIGNATURE;
		} else {
			cvm = r.nextInt(3) == 0 ? Cvm.NONE : entry == EntryMode.CONTACTLESS ? Cvm.CDCVM : Cvm.PIN;
		}
		String txnId = "T" + j + "-" + k;
		if (cvm == Cvm.SIGNATURE) {
			sig = "SIG-" + txnId;
		}
		int o = r.nextInt(100);
		TxnResult result = o < 93 ? TxnResult.APPROVED : o < 97 ? TxnResult.DECLINED : o < 99 ? TxnResult.FAILED
				: TxnResult.REVERSED;
		OffsetDateTime time = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(epochSecond), CHINA);
		String location = r.nextInt(5) == 0 ? null : t.deployedRegion();
		return new TransactionRow(txnId, time, t.serialNumber(), t.merchantNo(), location, cents, "CNY", scheme, entry,
				cvm, sig, result, RESPONSE[result.ordinal()]);
	}

	/** A few transactions from a device that is in no registry. */
	private void writeUnknownTerminal(EstateCsvWriter<TransactionRow> w) throws IOException {
		long base = options.asOf().atStartOfDay().toEpochSecond(CHINA);
		int ghosts = Math.max(1, options.terminals() / 1000);
		for (int g = 0; g < ghosts; g++) {
			for (int k = 0; k < 3; k++) {
				OffsetDateTime time = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(base - 3600L * (k + 1) - g),
						CHINA);
				w.write(new TransactionRow("G" + g + "-" + k, time, "GHOST-" + String.format("%05d", g), merchantNo(0),
						null, 8_800, "CNY", Scheme.UNIONPAY, EntryMode.QR, Cvm.NONE, null, TxnResult.APPROVED, "00"));
			}
			plant(Anomaly.UNKNOWN_TERMINAL);
		}
	}

	private void plant(Anomaly a) {
		planted.merge(a, 1, Integer::sum);
	}

	private static String pick(SplittableRandom r, String[] from) {
		return from[r.nextInt(from.length)];
	}
}
