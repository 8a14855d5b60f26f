package io.gatehouse.pii;

/**
 * How one enabled entity type is treated.
 *
 * @param keepLast for {@link Operator#MASK}: how many trailing code points stay visible
 * @param minScore findings of this type below it are not reported
 */
record EntityRule(Operator operator, int keepLast, double minScore) {}
