package io.bpohub.platform.services;

import java.util.List;

/**
 * Bulletins posted by team leads (to their team), department heads (their department or a team in it),
 * tenant and agency admins (any unit, or the whole tenant). A person sees the bulletins of their own
 * unit and of the units above it; reading one leaves a receipt.
 */
public interface BulletinService {
    BulletinView post(Caller caller, String tenant, NewBulletin bulletin);

    /** Bulletins the caller sees, newest first, each saying whether the caller has read it. */
    Page<BulletinView> bulletins(Caller caller, String tenant, int page, int size);

    BulletinView markRead(Caller caller, String tenant, long id);

    /** Who has read a bulletin; for its poster and those above the unit it was posted to. */
    List<ReadReceipt> receipts(Caller caller, String tenant, long id);
}
