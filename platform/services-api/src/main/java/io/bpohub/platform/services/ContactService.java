package io.bpohub.platform.services;

/** A tenant's contacts, seen through the caller's data scope. */
public interface ContactService {
    Page<ContactView> list(Caller caller, String tenant, int page, int size);

    ContactView create(Caller caller, String tenant, NewContact contact);
}
