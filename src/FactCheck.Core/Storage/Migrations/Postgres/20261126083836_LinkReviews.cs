using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FactCheck.Core.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LinkReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "links",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAt",
                table: "links",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "links",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Note",
                table: "links");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "links");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "links");
        }
    }
}
