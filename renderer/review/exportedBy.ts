/**
 * Who is exporting, for a .tandem file's envelope: this database's installation id and the
 * user's name. The person a file is sent to sees whose it is; the sender's own copy comes back
 * as theirs.
 */
export async function exportedBy(): Promise<{ installationId: string; author: string }> {
  const preferences = await window.api.getPreferences();
  return { installationId: preferences.installationId, author: preferences.authorName };
}
