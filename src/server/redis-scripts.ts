/**
 * The Redis store's check-then-write steps as Lua scripts: Redis runs each one
 * whole, with no other client's command in between, so "is this vote still
 * open?" and "store the vote" cannot be split by a close on another process.
 * Every key of a room carries the room code in braces (one cluster slot) and
 * expires with the room.
 */

/** KEYS: room, expiry index. ARGV: code, title, secret hash, created, expires, capacity, stage. */
export const CREATE_ROOM = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'title', ARGV[2], 'secret_hash', ARGV[3], 'created_at', ARGV[4],
  'expires_at', ARGV[5], 'capacity', ARGV[6], 'stage', ARGV[7], 'open', '', 'options', '', 'version', 0)
redis.call('PEXPIREAT', KEYS[1], ARGV[5])
redis.call('ZADD', KEYS[2], ARGV[5], ARGV[1])
return 1`;

/** KEYS: room, people. ARGV: token, participant JSON. Returns the stored JSON, or 'full'. */
export const JOIN = `
local known = redis.call('HGET', KEYS[2], ARGV[1])
if known then return known end
local capacity = tonumber(redis.call('HGET', KEYS[1], 'capacity') or '0')
if redis.call('HLEN', KEYS[2]) >= capacity then return 'full' end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('PEXPIREAT', KEYS[2], redis.call('HGET', KEYS[1], 'expires_at'))
return ARGV[2]`;

/** KEYS: room, decisions list, decision. ARGV: id, decision JSON, ",a,b,", now, stage JSON. */
export const OPEN_DECISION = `
local expires = redis.call('HGET', KEYS[1], 'expires_at')
if redis.call('EXISTS', KEYS[3]) == 0 then
  redis.call('RPUSH', KEYS[2], ARGV[1])
  redis.call('HSET', KEYS[3], 'opened_at', ARGV[4])
end
redis.call('HSET', KEYS[3], 'decision', ARGV[2])
redis.call('HDEL', KEYS[3], 'closed_at', 'chosen')
redis.call('HSET', KEYS[1], 'stage', ARGV[5], 'open', ARGV[1], 'options', ARGV[3])
redis.call('PEXPIREAT', KEYS[2], expires)
redis.call('PEXPIREAT', KEYS[3], expires)
return 1`;

/** KEYS: room, votes, counts, log, people. ARGV: decision id, option id, token, now. */
export const CAST_VOTE = `
if redis.call('HGET', KEYS[1], 'open') ~= ARGV[1] then return 'closed' end
if not string.find(redis.call('HGET', KEYS[1], 'options'), ',' .. ARGV[2] .. ',', 1, true) then
  return 'unknown-option'
end
if redis.call('HEXISTS', KEYS[5], ARGV[3]) == 0 then return 'not-joined' end
local before = redis.call('HGET', KEYS[2], ARGV[3])
if before == ARGV[2] then return 'ok' end
local kind = 'vote'
if before then
  redis.call('HINCRBY', KEYS[3], before, -1)
  kind = 'change'
else
  redis.call('HINCRBY', KEYS[3], '#voters', 1)
end
redis.call('HINCRBY', KEYS[3], ARGV[2], 1)
redis.call('HSET', KEYS[2], ARGV[3], ARGV[2])
redis.call('RPUSH', KEYS[4], cjson.encode({kind = kind, token = ARGV[3], optionId = ARGV[2], at = tonumber(ARGV[4])}))
redis.call('HINCRBY', KEYS[1], 'version', 1)
local expires = redis.call('HGET', KEYS[1], 'expires_at')
for i = 2, 4 do redis.call('PEXPIREAT', KEYS[i], expires) end
return 'ok'`;

/** KEYS: room, votes, reasons, log. ARGV: decision id, token, reason, now. */
export const SET_REASON = `
if redis.call('HGET', KEYS[1], 'open') ~= ARGV[1] then return 'closed' end
local option = redis.call('HGET', KEYS[2], ARGV[2])
if not option then return 'no-vote' end
redis.call('HSET', KEYS[3], ARGV[2], ARGV[3])
redis.call('RPUSH', KEYS[4], cjson.encode({kind = 'reason', token = ARGV[2], optionId = option, reason = ARGV[3], at = tonumber(ARGV[4])}))
redis.call('PEXPIREAT', KEYS[3], redis.call('HGET', KEYS[1], 'expires_at'))
return 'ok'`;

/** KEYS: room, decisions list, people, expiry index. ARGV: code, key prefix. Deletes it all. */
export const DELETE_ROOM = `
local ids = redis.call('LRANGE', KEYS[2], 0, -1)
for _, id in ipairs(ids) do
  for _, part in ipairs({'decision', 'votes', 'reasons', 'counts', 'log'}) do
    redis.call('DEL', ARGV[2] .. part .. ':' .. id)
  end
end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
redis.call('ZREM', KEYS[4], ARGV[1])
return 1`;
