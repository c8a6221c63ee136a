export async function sendMail(to: string, template: string) {
  return { to, template };
}
