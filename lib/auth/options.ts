/**
 * next-auth v4: credentials in two steps. Step one (password, lib/accounts/login.ts
 * startLogin) sends an SMS code and returns a challenge id; step two, here, exchanges the
 * challenge id and the code for a session. The JWT carries only the user id, role, name
 * and the id of the server-side UserSession row, which is the source of truth (logout and
 * idle timeout end it on the server).
 */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { derivedKey } from "@/lib/config";
import { db } from "@/lib/db";
import { SESSION_MAX_MS } from "./session-policy";
import type { Role } from "./roles";
import { completeLogin } from "@/lib/accounts/login";
import { clientInfoFromHeaders } from "@/lib/security/client-info";
import { AppError, GENERIC_FAILURE_MESSAGE } from "@/lib/errors/app-error";

declare module "next-auth" {
  interface User {
    role: Role;
    sessionId: string;
  }
  interface Session {
    user: { id: string; name: string; role: Role; sessionId: string };
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    sid?: string;
  }
}

export const authOptions: NextAuthOptions = {
  secret: derivedKey("session").toString("base64url"),
  session: { strategy: "jwt", maxAge: SESSION_MAX_MS / 1000 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "sms-code",
      name: "短信验证码",
      credentials: { challengeId: { type: "text" }, code: { type: "text" } },
      async authorize(credentials, req) {
        const info = clientInfoFromHeaders(req?.headers ?? {});
        try {
          const result = await completeLogin({
            challengeId: String(credentials?.challengeId ?? ""),
            code: String(credentials?.code ?? ""),
            ...info,
          });
          return { id: result.userId, name: result.name, role: result.role, sessionId: result.sessionId };
        } catch (error) {
          // next-auth hands the message to the login page as `error`: only expected, Chinese ones.
          if (error instanceof AppError) throw new Error(error.message);
          console.error("[auth] login failed unexpectedly", error);
          throw new Error(GENERIC_FAILURE_MESSAGE);
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sid = user.sessionId;
        token.name = user.name;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { id: token.uid ?? "", name: token.name ?? "", role: token.role ?? "PERSON", sessionId: token.sid ?? "" };
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) {
        await db.userSession.updateMany({ where: { id: token.sid, revokedAt: null }, data: { revokedAt: new Date() } });
      }
    },
  },
};
