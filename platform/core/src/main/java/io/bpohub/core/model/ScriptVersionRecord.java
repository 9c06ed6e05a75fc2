package io.bpohub.core.model;

import io.bpohub.platform.services.ScriptState;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hibernate.annotations.Proxy;

/** One version of a script (live_marker, a generated column, is left to the database). */
@Entity
@Table(name = "script_version")
@Proxy(lazy = false)
public class ScriptVersionRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "script_id")
    public Long scriptId;
    public int version;
    @Enumerated(EnumType.STRING)
    public ScriptState state;
    /** The opening / interaction / close document as JSON. */
    public String content;
    /** Tester usernames, comma separated (usernames cannot hold commas). */
    public String testers;
    @Column(name = "target_calls")
    public Integer targetCalls;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "trial_started_at")
    public Instant trialStartedAt;
    @Column(name = "live_at")
    public Instant liveAt;
    @Column(name = "retired_at")
    public Instant retiredAt;
    @Column(name = "forced_reason")
    public String forcedReason;
}
