package org.commitmenttracker.alert;

import jakarta.persistence.TypedQuery;

/**
 * The part of a subscription's filter that selects commitments (actors, addressees, topics, kinds, ids), as JPQL
 * conditions on a commitment id expression, shared by status changes and suggestions awaiting review.
 */
final class CommitmentSelection {

    private CommitmentSelection() {
    }

    /** Conditions, each starting with " and ", on the commitment whose id is the given JPQL expression. */
    static String conditions(String idExpression, StatusChangeFilter filter) {
        StringBuilder jpql = new StringBuilder();
        if (!filter.commitmentIds().isEmpty()) {
            jpql.append(" and ").append(idExpression).append(" in :commitments");
        }
        collection(jpql, idExpression, "actors", filter.actors().isEmpty());
        collection(jpql, idExpression, "addressees", filter.addressees().isEmpty());
        collection(jpql, idExpression, "topics", filter.topics().isEmpty());
        if (!filter.kinds().isEmpty()) {
            jpql.append(" and exists (select 1 from Commitment k where k.id = ").append(idExpression)
                    .append(" and k.kind in :kinds)");
        }
        return jpql.toString();
    }

    /** Binds the parameters the conditions use. */
    static <T> TypedQuery<T> bind(TypedQuery<T> query, StatusChangeFilter filter) {
        if (!filter.commitmentIds().isEmpty()) {
            query.setParameter("commitments", filter.commitmentIds());
        }
        if (!filter.actors().isEmpty()) {
            query.setParameter("actors", filter.actors());
        }
        if (!filter.addressees().isEmpty()) {
            query.setParameter("addressees", filter.addressees());
        }
        if (!filter.topics().isEmpty()) {
            query.setParameter("topics", filter.topics());
        }
        if (!filter.kinds().isEmpty()) {
            query.setParameter("kinds", filter.kinds());
        }
        return query;
    }

    private static void collection(StringBuilder jpql, String idExpression, String name, boolean unfiltered) {
        if (!unfiltered) {
            jpql.append(" and exists (select 1 from Commitment c_").append(name).append(" join c_").append(name)
                    .append('.').append(name).append(" v_").append(name).append(" where c_").append(name)
                    .append(".id = ").append(idExpression).append(" and v_").append(name).append(" in :")
                    .append(name).append(')');
        }
    }
}
