package io.posestate.notify;

/** Why a merchant is told to stop using a terminal (scenario S2), with the wording shown to the merchant. */
public enum AlertCause {
	TERMINAL_ABNORMAL("终端交易异常"),
	SETTLEMENT_ACCOUNT_ABNORMAL("结算账户异常"),
	TAMPERED("终端存在拆机风险"),
	RELOCATED("终端未经批准移机"),
	SUSPECTED_FRAUD("疑似欺诈交易"),
	RISK_CONTROL("风险控制检查发现违规"),
	MAINTENANCE_DUE("终端需要维护");

	private final String text;

	AlertCause(String text) {
		this.text = text;
	}

	/** The merchant-facing wording (Chinese). */
	public String text() {
		return text;
	}
}
