package org.joinery.linking.internal;

import org.springframework.boot.test.context.TestConfiguration;

/**
 * Gives linking tests a database of their own: full runs link every record in it, so they must not share
 * one with other modules' fixtures. (It stood in for review's ReviewLabels until the review branch, whose
 * DecisionLabels reads review_decision, was merged; two ReviewLabels beans would be one too many.)
 */
@TestConfiguration(proxyBeanMethods = false)
class TestReviewLabels {
}
