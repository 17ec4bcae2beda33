package io.github.teamauthkit.reference.impl;

import io.github.teamauthkit.reference.store.Database;
import io.github.teamauthkit.reference.store.KeyHolder;
import io.github.teamauthkit.reference.store.MemberRecord;
import io.github.teamauthkit.reference.store.SessionStore;
import io.github.teamauthkit.reference.store.SessionStore.Membership;
import io.github.teamauthkit.server.api.AuthenticationApi;
import io.github.teamauthkit.server.model.MembershipTeam;
import io.github.teamauthkit.server.model.Session;
import io.github.teamauthkit.server.model.Team;
import io.github.teamauthkit.server.model.User;
import io.github.teamauthkit.server.model.UserTeamMembership;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.resteasy.core.ResteasyContext;

/**
 * The session of the presented key, in the official shape; {@code null} without a key. Unknown
 * keys never get here. This server has API keys only (no passwords, phones, MFA, machines or
 * personal teams), so those fields are false or 0.
 *
 * @see AuthenticationApi
 */
public final class AuthenticationApiImpl implements AuthenticationApi {

    private final Database database;

    /**
     * Creates the resource.
     *
     * @param database the store
     */
    public AuthenticationApiImpl(Database database) {
        this.database = database;
    }

    @Override
    public Session getSession() {
        KeyHolder holder = ResteasyContext.getContextData(KeyHolder.class);
        if (holder == null) {
            return null;
        }
        return database.transaction(connection -> {
            List<Membership> memberships = SessionStore.memberships(connection, holder.userId());
            Membership current = memberships.stream().filter(m -> m.member().teamId().equals(holder.teamId())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("a valid key's membership is gone"));
            // Join times from 1.x data dirs are unknown; the first key then is the earliest sign of the user.
            OffsetDateTime since = memberships.stream().map(m -> m.member().joinedAt()).filter(Objects::nonNull)
                    .min(OffsetDateTime::compareTo).orElse(null);
            if (since == null) {
                since = SessionStore.firstKeyCreated(connection, holder.userId()).orElse(null);
            }
            MemberRecord member = current.member();
            User user = new User().analyticsId(analyticsId(member.userId())).id(member.userId()).email(member.email())
                    .firstName(member.firstName()).lastName(member.lastName()).dtCreated(since).dtConfirmed(since)
                    .isPasswordAuthEnabled(false).isPhoneVerified(false).isQrCodeBasedMfaConfirmed(false)
                    .isQrCodeBasedMfaEnabled(false).metadata(Map.of())
                    .teamMemberships(memberships.stream().map(AuthenticationApiImpl::membership).toList());
            Team team = new Team().analyticsId(analyticsId(current.member().teamId())).id(current.member().teamId())
                    .isPrivate(false).maxMachines(BigDecimal.ZERO).namespace(current.teamNamespace());
            return new Session().user(user).team(team);
        });
    }

    private static UserTeamMembership membership(Membership membership) {
        return new UserTeamMembership().isAdmin(membership.member().admin()).isOwner(membership.member().owner())
                .team(new MembershipTeam().id(membership.member().teamId()).name(membership.teamName())
                        .namespace(membership.teamNamespace()).dtCreated(membership.teamCreatedAt()).isUserTeam(false));
    }

    /** A stable number for an id: 48 bits of its SHA-256, exact in every JSON parser (below 2^53). */
    static BigDecimal analyticsId(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return BigDecimal.valueOf(ByteBuffer.wrap(digest).getLong() >>> 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
