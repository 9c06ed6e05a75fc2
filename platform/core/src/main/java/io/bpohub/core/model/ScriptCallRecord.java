package io.bpohub.core.model;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hibernate.annotations.Proxy;

/** The outcome of one call made with a script version. */
@Entity
@Table(name = "script_call")
@Proxy(lazy = false)
public class ScriptCallRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "version_id")
    public Long versionId;
    @Column(name = "agent_username")
    public String agentUsername;
    @Column(name = "talk_seconds")
    public long talkSeconds;
    public boolean success;
    @Column(name = "call_ref")
    public String callRef;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
}
