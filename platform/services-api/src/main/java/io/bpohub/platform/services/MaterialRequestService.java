package io.bpohub.platform.services;

/**
 * Phone–mail–phone: after a call, material is requested for a contact and the follow-up call is
 * scheduled on the request. Until channels send it, the request stays REQUESTED.
 */
public interface MaterialRequestService {
    MaterialRequestView request(Caller caller, String tenant, NewMaterialRequest request);

    /** Requests in the caller's data scope, the earliest follow-up first; {@code state} null = all. */
    Page<MaterialRequestView> requests(Caller caller, String tenant, MaterialState state, int page, int size);

    MaterialRequestView get(Caller caller, String tenant, long id);
}
