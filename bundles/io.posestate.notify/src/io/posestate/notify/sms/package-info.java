/**
 * SMS encoding: GSM-safe text in the default alphabet, anything else (Chinese) in UCS-2 (data_coding 0x08); long
 * texts split into concatenated segments (UDH IEI 0x00) and joined again.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package io.posestate.notify.sms;
