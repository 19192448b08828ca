import { hkdf } from "@panva/hkdf";
import { EncryptJWT, base64url, calculateJwkThumbprint, jwtDecrypt, type JWTPayload } from "jose";

/*
 * Auth.js's session token, byte for byte as Auth.js writes it (an encrypted JWT, "dir" with
 * A256CBC-HS512, the key derived from the secret by HKDF with the cookie name as salt), so
 * sessions signed in before keep working, and the other way round. The one difference: the
 * derived key and its thumbprint are remembered per secret and salt instead of being derived
 * again for every token (Auth.js's endpoints use these too; pages read the cookie with
 * lib/auth/session.ts). The key follows from the secret alone, so every server derives the
 * same one.
 */

const ALGORITHM = "dir";
const ENCRYPTION = "A256CBC-HS512";
const DEFAULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const CLOCK_TOLERANCE_SECONDS = 15;

type Encryption = typeof ENCRYPTION | "A256GCM";
interface DerivedKey {
  key: Uint8Array;
  thumbprint: string;
}

const derivedKeys = new Map<string, Promise<DerivedKey>>();

function derivedKey(encryption: Encryption, secret: string, salt: string): Promise<DerivedKey> {
  const id = JSON.stringify([encryption, salt, secret]);
  let derived = derivedKeys.get(id);
  if (!derived) {
    derived = deriveKey(encryption, secret, salt);
    derivedKeys.set(id, derived);
    // A failed derivation is not remembered, so the next request tries again.
    derived.catch(() => derivedKeys.delete(id));
  }
  return derived;
}

async function deriveKey(encryption: Encryption, secret: string, salt: string): Promise<DerivedKey> {
  const length = encryption === ENCRYPTION ? 64 : 32;
  const key = await hkdf("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, length);
  const thumbprint = await calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) }, `sha${key.byteLength << 3}` as "sha256" | "sha512");
  return { key, thumbprint };
}

function secretsOf(secret: string | string[]): string[] {
  return Array.isArray(secret) ? secret : [secret];
}

interface EncodeParams {
  token?: JWTPayload;
  secret: string | string[];
  salt: string;
  maxAge?: number;
}

export async function encodeSessionToken({ token = {}, secret, salt, maxAge = DEFAULT_MAX_AGE_SECONDS }: EncodeParams): Promise<string> {
  const [current] = secretsOf(secret);
  if (!current) throw new Error("no secret to sign the session with");
  const { key, thumbprint } = await derivedKey(ENCRYPTION, current, salt);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: ALGORITHM, enc: ENCRYPTION, kid: thumbprint })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + maxAge)
    .setJti(crypto.randomUUID())
    .encrypt(key);
}

interface DecodeParams {
  token?: string;
  secret: string | string[];
  salt: string;
}

export async function decodeSessionToken({ token, secret, salt }: DecodeParams): Promise<JWTPayload | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(
    token,
    async ({ kid, enc }) => {
      // Tokens name their key by thumbprint, so a rotated-out secret still opens older ones.
      for (const candidate of secretsOf(secret)) {
        const derived = await derivedKey(enc as Encryption, candidate, salt);
        if (kid === undefined || kid === derived.thumbprint) return derived.key;
      }
      throw new Error("no matching decryption secret");
    },
    { clockTolerance: CLOCK_TOLERANCE_SECONDS, keyManagementAlgorithms: [ALGORITHM], contentEncryptionAlgorithms: [ENCRYPTION, "A256GCM"] },
  );
  return payload;
}
