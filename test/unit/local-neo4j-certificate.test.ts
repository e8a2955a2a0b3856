// The local server's Bolt TLS certificate: made once for 127.0.0.1 with its key readable by the owner alone, kept
// while usable, made again when missing, mismatched or near its end, and written into the server's configuration.
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureLocalCertificate, localCertificate } from '../../src/db/local-neo4j-certificate.js';
import { boltCertificateFile, boltPrivateKeyFile, boltTlsDir, localNeo4jLayout, renderNeo4jConf } from '../../src/db/local-neo4j-layout.js';
import { connectionSettings, encryptionConfig } from '../../src/neo4j/connection.js';

const homes: string[] = [];
function freshLayout() {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cert-'));
  homes.push(home);
  return localNeo4jLayout({ KG_NEO4J_HOME: home });
}
afterEach(() => {
  for (const home of homes.splice(0)) fs.rmSync(home, { recursive: true, force: true });
});

describe('the local Bolt certificate', () => {
  it('is made for 127.0.0.1, with its key readable by its owner only', async () => {
    const layout = freshLayout();
    expect(localCertificate(layout)).toBeUndefined();
    const file = await ensureLocalCertificate(layout);
    expect(file).toBe(boltCertificateFile(layout));
    expect(localCertificate(layout)).toBe(file);
    const certificate = new X509Certificate(fs.readFileSync(file));
    expect(certificate.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(certificate.ca).toBe(false);
    expect(fs.statSync(boltPrivateKeyFile(layout)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(boltTlsDir(layout)).mode & 0o077).toBe(0);
  });

  it('is kept while usable, and its key mode restored', async () => {
    const layout = freshLayout();
    await ensureLocalCertificate(layout);
    const first = fs.readFileSync(boltCertificateFile(layout), 'utf8');
    fs.chmodSync(boltPrivateKeyFile(layout), 0o644);
    await ensureLocalCertificate(layout);
    expect(fs.readFileSync(boltCertificateFile(layout), 'utf8')).toBe(first);
    expect(fs.statSync(boltPrivateKeyFile(layout)).mode & 0o777).toBe(0o600);
  });

  it('is made again when the key is missing, belongs to another certificate, or the end is near', async () => {
    const layout = freshLayout();
    await ensureLocalCertificate(layout);
    const certificateText = () => fs.readFileSync(boltCertificateFile(layout), 'utf8');

    let before = certificateText();
    fs.rmSync(boltPrivateKeyFile(layout));
    await ensureLocalCertificate(layout);
    expect(certificateText()).not.toBe(before);

    before = certificateText();
    const other = freshLayout();
    await ensureLocalCertificate(other);
    fs.copyFileSync(boltPrivateKeyFile(other), boltPrivateKeyFile(layout));
    await ensureLocalCertificate(layout);
    expect(certificateText()).not.toBe(before);

    before = certificateText();
    const validTo = Date.parse(new X509Certificate(before).validTo);
    await ensureLocalCertificate(layout, new Date(validTo - 10 * 24 * 60 * 60 * 1000));
    expect(certificateText()).not.toBe(before);
  });

  it('is what the server requires for Bolt, and what the project trusts for its own server only', async () => {
    const layout = freshLayout();
    const conf = renderNeo4jConf(layout);
    expect(conf).toMatch(/^server\.bolt\.tls_level=REQUIRED$/m);
    expect(conf).toContain(`dbms.ssl.policy.bolt.base_directory=${boltTlsDir(layout)}\n`);
    await ensureLocalCertificate(layout);
    const local = connectionSettings({ KG_NEO4J_HOME: layout.home });
    expect(local.trustedCertificate).toBe(boltCertificateFile(layout));
    expect(encryptionConfig(local.trustedCertificate)).toEqual({
      encrypted: 'ENCRYPTION_ON',
      trust: 'TRUST_CUSTOM_CA_SIGNED_CERTIFICATES',
      trustedCertificates: [boltCertificateFile(layout)],
    });
    const external = connectionSettings({ KG_NEO4J_HOME: layout.home, NEO4J_URI: 'neo4j+s://example.databases.neo4j.io' });
    expect(external.trustedCertificate).toBeUndefined();
    expect(encryptionConfig(external.trustedCertificate)).toEqual({});
  });
});
