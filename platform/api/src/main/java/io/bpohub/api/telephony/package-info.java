/**
 * Telephony SPI: a bundle registers a {@link io.bpohub.api.telephony.TelephonyGateway} OSGi service (a
 * SIP or Asterisk gateway in production, the simulated phone network in tests and demos) and the dialer,
 * the ACD and the agent desktop drive calls through it. Calls are named by the gateway's call id; what
 * happens to them comes back as {@link io.bpohub.api.telephony.CallEvent}s.
 */
@org.osgi.annotation.versioning.Version("1.3.0")
package io.bpohub.api.telephony;
