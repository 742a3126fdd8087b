package io.posestate.notify;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the fixed templates. Alerts never carry a link: a template or parameter that looks like a URL or a
 * web address is refused, so a merchant can rely on "a genuine alert never contains a link".
 */
public final class Templates {
	/** A scheme ("http://", "weixin://"), "www.", or a dotted host name ending in a top-level domain. */
	private static final Pattern LINK = Pattern.compile(
			"(?i)([a-z][a-z0-9+.-]*://|www\\s*[.。]|\\b[a-z0-9-]+(\\s*[.。]\\s*[a-z0-9-]+)*\\s*[.。]\\s*"
					+ "(com|cn|net|org|info|top|xyz|io|me|cc|co|biz|vip|shop|site|online|link|app)\\b)");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

	private static final Map<TemplateId, String> TEXTS = new EnumMap<>(TemplateId.class);
	private static final Map<TemplateId, String> SUBJECTS = new EnumMap<>(TemplateId.class);
	static {
		SUBJECTS.put(TemplateId.ONE_TIME_CODE, "【收单服务】验证码");
		SUBJECTS.put(TemplateId.STOP_USE_ALERT, "【收单服务】请立即停止使用POS终端");
		SUBJECTS.put(TemplateId.MAINTENANCE_REMINDER, "【收单服务】POS终端维护提醒");
		TEXTS.put(TemplateId.ONE_TIME_CODE,
				"【收单服务】您的验证码为{code}，{minutes}分钟内有效，用于绑定本手机号。请勿向任何人透露。");
		TEXTS.put(TemplateId.STOP_USE_ALERT,
				"【收单服务】您的POS终端{terminal}因{cause}，请立即停止使用。参考码{reference}，"
						+ "请致电官方客服{service_number}核实。本短信不含任何链接。");
		TEXTS.put(TemplateId.MAINTENANCE_REMINDER,
				"【收单服务】您的POS终端{terminal}应于{due}前维护，请联系官方客服{service_number}预约。"
						+ "参考码{reference}。本短信不含任何链接。");
		TEXTS.values().forEach(text -> refuseLinks(text, "template"));
	}

	private Templates() {
	}

	/** The email subject of a template. */
	public static String subject(TemplateId id) {
		return SUBJECTS.get(id);
	}

	/** The raw template text with its {placeholders}. */
	public static String text(TemplateId id) {
		return TEXTS.get(id);
	}

	/**
	 * Fills a template. Every parameter it names is required; unknown parameters and parameters that contain a
	 * link are refused with {@link IllegalArgumentException}.
	 */
	public static String render(TemplateId id, Map<String, String> parameters) {
		for (String name : parameters.keySet()) {
			if (!id.parameters().contains(name)) {
				throw new IllegalArgumentException("template " + id + " has no parameter \"" + name + "\"");
			}
		}
		Matcher m = PLACEHOLDER.matcher(TEXTS.get(id));
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = parameters.get(m.group(1));
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException("template " + id + " needs parameter \"" + m.group(1) + "\"");
			}
			refuseLinks(value, "parameter \"" + m.group(1) + "\"");
			m.appendReplacement(out, Matcher.quoteReplacement(value.strip()));
		}
		m.appendTail(out);
		return refuseLinks(out.toString(), "message");
	}

	/** Returns the text unchanged, or throws when it contains something that looks like a link. */
	public static String refuseLinks(String text, String what) {
		Matcher m = LINK.matcher(text);
		if (m.find()) {
			throw new IllegalArgumentException(what + " contains a link (\"" + m.group() + "\"): notifications never carry links");
		}
		return text;
	}
}
