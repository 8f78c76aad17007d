package org.opentvs.manifest.entity;

import org.opentvs.security.entity.Caller;

/** One message as a channel received it: the same use case whether it came by REST, inbox or re-processing. */
public record Submission(Channel channel, Caller caller, byte[] body) {

    public enum Channel { REST, INBOX, JMS, REPROCESS }
}
