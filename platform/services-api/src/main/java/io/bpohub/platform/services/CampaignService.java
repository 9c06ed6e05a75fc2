package io.bpohub.platform.services;

/** A tenant's campaigns: offer, dates, dialing windows, teams, dispositions, cadence, script and mode. */
public interface CampaignService {
    CampaignView create(Caller caller, String tenant, String key, CampaignSpec spec);

    /** Replaces the whole definition (not the state); refused for a closed campaign. */
    CampaignView update(Caller caller, String tenant, String key, CampaignSpec spec);

    CampaignView pause(Caller caller, String tenant, String key);

    CampaignView resume(Caller caller, String tenant, String key);

    /** Final: no further attempts, no resume. */
    CampaignView close(Caller caller, String tenant, String key);

    CampaignView get(Caller caller, String tenant, String key);

    Page<CampaignView> list(Caller caller, String tenant, CampaignState state, int page, int size);
}
