package io.posestate.notify;

/** Opens SMS channels (a DS service of a channel bundle, e.g. SMPP). */
@org.osgi.annotation.versioning.ProviderType
public interface SmsChannelFactory {
	/** The protocol it speaks, e.g. "smpp". */
	String protocol();

	/** A channel to that SMSC; it binds lazily on the first submit (or right away when {@code connectNow}). */
	SmsChannel open(SmscSettings settings, boolean connectNow) throws ChannelException;
}
