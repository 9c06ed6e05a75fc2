package io.bpohub.platform.services;

import java.time.Instant;

/**
 * Material to send after a call: {@code address} is a postal address (MAIL), an e-mail address
 * (EMAIL) or a number (FAX, SMS); {@code followUpAt} is when to call again.
 */
public record NewMaterialRequest(Long contactId, String campaignKey, MaterialChannel channel, String material,
                                 String address, Instant followUpAt, String note) {
}
