import { snowflake, snowflakeOnShard } from './snowflake.js';

/** Permission bits the peer needs (https://discord.com/developers/docs/topics/permissions). */
export const PERMISSIONS = {
  administrator: 1n << 3n,
  manageGuild: 1n << 5n,
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  useApplicationCommands: 1n << 31n,
} as const;

const MEMBER_PERMS =
  PERMISSIONS.viewChannel | PERMISSIONS.sendMessages | PERMISSIONS.useApplicationCommands;

/** A guild with a text channel and two roles: plain members and moderators (Manage Server). */
export interface GuildFixture {
  id: string;
  name: string;
  channelId: string;
  roles: { member: string; moderator: string };
}

/** One user of the peer; `moderator` members carry Manage Server. */
export interface PeerUser {
  id: string;
  username: string;
  moderator: boolean;
}

/** A fresh guild fixture, on a given shard when `shard` is [id, count]. */
export function makeGuild(name: string, shard?: [number, number]): GuildFixture {
  return {
    id: shard ? snowflakeOnShard(shard[0], shard[1]) : snowflake(),
    name,
    channelId: snowflake(),
    roles: { member: snowflake(), moderator: snowflake() },
  };
}

/** A fresh user. */
export function makeUser(username: string, moderator = false): PeerUser {
  return { id: snowflake(), username, moderator };
}

/** The member's permissions: exactly those of their one role, since @everyone has none. */
export function permissionsOf(user: PeerUser): bigint {
  return user.moderator ? MEMBER_PERMS | PERMISSIONS.manageGuild : MEMBER_PERMS;
}

export function userObject(user: PeerUser): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.username,
    avatar: null,
  };
}

export function memberObject(guild: GuildFixture, user: PeerUser): Record<string, unknown> {
  return {
    user: userObject(user),
    roles: [user.moderator ? guild.roles.moderator : guild.roles.member],
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    nick: null,
    avatar: null,
    permissions: permissionsOf(user).toString(),
  };
}

/** The fields every message object carries that tests never vary. */
export function messageFields(): Record<string, unknown> {
  return {
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
  };
}

export function channelObject(guild: GuildFixture): Record<string, unknown> {
  return {
    id: guild.channelId,
    type: 0,
    guild_id: guild.id,
    name: 'general',
    position: 0,
    permission_overwrites: [],
    nsfw: false,
  };
}

function role(
  id: string,
  name: string,
  permissions: bigint,
  position: number,
): Record<string, unknown> {
  return {
    id,
    name,
    permissions: permissions.toString(),
    position,
    color: 0,
    hoist: false,
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

/** The GUILD_CREATE payload for `guild`. */
export function guildCreate(guild: GuildFixture, ownerId: string): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    owner_id: ownerId,
    unavailable: false,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    system_channel_flags: 0,
    premium_tier: 0,
    nsfw_level: 0,
    preferred_locale: 'en-US',
    premium_progress_bar_enabled: false,
    features: [],
    joined_at: new Date().toISOString(),
    large: false,
    member_count: 3,
    roles: [
      role(guild.id, '@everyone', 0n, 0),
      role(guild.roles.member, 'member', MEMBER_PERMS, 1),
      role(guild.roles.moderator, 'moderator', MEMBER_PERMS | PERMISSIONS.manageGuild, 2),
    ],
    channels: [channelObject(guild)],
    emojis: [],
    stickers: [],
    members: [],
    voice_states: [],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
