package io.posestate.notify.smpp.internal;

import org.osgi.service.component.annotations.Component;

import io.posestate.notify.ChannelException;
import io.posestate.notify.SmsChannel;
import io.posestate.notify.SmsChannelFactory;
import io.posestate.notify.SmscSettings;

/** SMS channels over SMPP 3.4 (jsmpp), one transceiver session each. */
@Component(service = SmsChannelFactory.class, property = "protocol=smpp")
public final class SmppChannelFactory implements SmsChannelFactory {
	@Override
	public String protocol() {
		return "smpp";
	}

	@Override
	public SmsChannel open(SmscSettings settings, boolean connectNow) throws ChannelException {
		SmppChannel channel = new SmppChannel(settings);
		if (connectNow) {
			try {
				channel.connect();
			} catch (ChannelException e) {
				channel.close();
				throw e;
			}
		}
		return channel;
	}
}
