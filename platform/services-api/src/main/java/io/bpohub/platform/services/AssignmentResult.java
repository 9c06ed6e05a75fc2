package io.bpohub.platform.services;

import java.util.Map;

/** How many contacts went where (target → count, in the order the targets were given). */
public record AssignmentResult(int assigned, Map<String, Integer> perTarget) {
}
