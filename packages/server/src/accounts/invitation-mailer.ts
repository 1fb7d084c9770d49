// How an invitation or password-reset link reaches its person. Until mail is configured (a later issue) the link is
// shown to whoever made it, who passes it on: `showLinkMailer`.

export interface InvitationMessage {
  kind: 'invite' | 'reset';
  email: string;
  name: string;
  /** `<publicUrl>/console/#/undangan/<secret>`: the fragment keeps the secret out of server logs. */
  url: string;
  expiresAt: string;
  /** Who made the link, for the message ("Siti Rahma invited you"); `null` for the command line. */
  from: string | null;
}

export interface InvitationMailer {
  /** Delivers the link; `emailed: false` tells the inviter to pass it on themselves. */
  send(message: InvitationMessage): Promise<{ emailed: boolean }>;
}

/** Sends nothing: the API answers the link to the inviter, who passes it on. */
export const showLinkMailer: InvitationMailer = {
  send: async () => ({ emailed: false }),
};
